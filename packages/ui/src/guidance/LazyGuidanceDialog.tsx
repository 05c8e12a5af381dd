'use client';
import { useEffect, useState, type ReactElement } from 'react';
import type { GuidanceDialog as Dialog, GuidanceDialogProps } from './GuidanceDialog';

export type { GuidanceDialogProps } from './GuidanceDialog';

/**
 * What a blocked launch asks of the user, as a modal dialog: in an in-app browser (WeChat, QQ,
 * Weibo…), to open the page in the system browser, with the app's menu hint and the link to copy;
 * on a desktop, to scan a QR code with the phone, which opens the page ready to continue `action`.
 * The buttons open it for `blocked` errors; render it yourself around the hooks. Its code and the
 * QR encoder load (a dynamic `import()`) the first time it opens, so they are not in the first load.
 *
 * @example
 * const { login, error, reset } = useVVChatLogin();
 * const blocked = error?.code === 'blocked' && error.reason !== 'no-user-activation' ? error : undefined;
 * <GuidanceDialog open={!!blocked} reason={blocked?.reason ?? 'desktop'} app={blocked?.app} action="login" onClose={reset} />
 */
export function GuidanceDialog(props: GuidanceDialogProps): ReactElement | null {
  const [loaded, setLoaded] = useState<{ Dialog: typeof Dialog }>();
  useEffect(() => {
    if (!props.open || loaded) return;
    let live = true;
    import('./GuidanceDialog').then(
      ({ GuidanceDialog: Dialog }) => live && setLoaded({ Dialog }),
      // The chunk failed to load: no dialog; the button's label and message still say what to do.
      () => undefined,
    );
    return () => void (live = false);
  }, [props.open, loaded]);
  return loaded ? <loaded.Dialog {...props} /> : null;
}

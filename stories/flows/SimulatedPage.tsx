import { useEffect, useState, type ReactNode } from 'react';
import { VVChatProvider, type VVChatProviderProps } from '@vvchat/react';
import { createSimulator, type SimulatorOptions } from '@vvchat/simulator';

/** The app id every story uses. */
export const demoAppId = 'demo-app';

/**
 * Under `pnpm test` the stories run inside Vitest's browser runner, whose page must not be
 * left: there the simulated app "comes back to redirect_uri" by replacing the URL and mounting
 * the page afresh (a new provider and React Query client: what a page load gives). In
 * Storybook itself it really navigates, so the story's own page loads again.
 */
const softNavigation = '__vitest_browser__' in globalThis;

/** Props of {@link SimulatedPage}. */
export interface SimulatedPageProps extends Omit<VVChatProviderProps, 'appId' | 'launcher'> {
  simulator?: SimulatorOptions;
  children: ReactNode;
}

/** A page of a merchant's app: `VVChatProvider` with the simulator standing in for VVChat. */
export function SimulatedPage({ simulator, children, ...provider }: SimulatedPageProps) {
  const [pageLoad, setPageLoad] = useState(0);
  const [launcher] = useState(() =>
    createSimulator({
      ...simulator,
      navigate(url) {
        if (!softNavigation) return location.assign(url);
        history.replaceState(null, '', url);
        setPageLoad((count) => count + 1);
      },
    }),
  );
  return (
    <VVChatProvider key={pageLoad} appId={demoAppId} launcher={launcher} {...provider}>
      {children}
    </VVChatProvider>
  );
}

/** Where a flow story shows its outcome: the hook's status, for the reader and the play function. */
export function FlowResult({ status, detail }: { status: string; detail?: ReactNode }) {
  return (
    <p>
      Status: <output data-testid="flow-result">{status}</output>
      {detail ? <> · {detail}</> : null}
    </p>
  );
}

/**
 * The `data-status` of the button `ref` points at, kept up to date: flow stories show the real
 * button's status (the hook's) without a second consumer.
 */
export function useButtonStatus(ref: { current: HTMLButtonElement | null }): string {
  const [status, setStatus] = useState('idle');
  useEffect(() => {
    const button = ref.current;
    if (!button) return;
    const read = () => setStatus(button.dataset.status ?? 'idle');
    read();
    const observer = new MutationObserver(read);
    observer.observe(button, { attributes: true, attributeFilter: ['data-status'] });
    return () => observer.disconnect();
  });
  return status;
}

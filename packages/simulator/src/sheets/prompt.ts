import { VVChatError } from '@vvchat/core';
import type { SimulatorAnswer } from '../answers';
import type { SimulatorTexts } from '../texts';
import { element, openSheet } from './sheet';

/** @internal How {@link askToOpen} is answered without a click, and when it gives up. */
export interface PromptOptions {
  autoAnswer: SimulatorAnswer | undefined;
  latencyMs: number;
  signal: AbortSignal | undefined;
  /** The simulator that asks (see `SheetContent.owner`). */
  owner: string;
}

/**
 * @internal Shows the browser's own "Open in VVChat?" prompt and resolves whether the user chose
 * Open. While it shows, the page is blurred, as under the real prompt: `blur` is dispatched on the
 * window when it opens and `focus` when it is answered. Escape answers Cancel; the launch's
 * `signal` closes it and rejects `aborted`.
 */
export function askToOpen(doc: Document, t: SimulatorTexts, { autoAnswer, latencyMs, signal, owner }: PromptOptions): Promise<boolean> {
  const aborted = () => new VVChatError('aborted', 'the launch was aborted', { cause: signal?.reason });
  if (signal?.aborted) return Promise.reject(aborted());
  const win = doc.defaultView ?? window;

  return new Promise((resolve, reject) => {
    let answered = false;
    const answer = (open: boolean | VVChatError) => {
      if (answered) return;
      answered = true;
      signal?.removeEventListener('abort', onAbort);
      prompt.close();
      win.dispatchEvent(new Event('focus'));
      if (typeof open === 'boolean') resolve(open);
      else reject(open);
    };
    const onAbort = () => answer(aborted());
    const prompt = openSheet(doc, t, {
      by: 'browser',
      kind: 'prompt',
      owner,
      title: t.promptTitle,
      body: [element(doc, 'p', {}, [t.promptBody])],
      actions: [
        { label: t.cancel, onClick: () => answer(false), answers: ['deny'] },
        { label: t.open, primary: true, onClick: () => answer(true), answers: ['approve'] },
      ],
      onDismiss: () => answer(false),
    });
    win.dispatchEvent(new Event('blur'));
    signal?.addEventListener('abort', onAbort);
    if (autoAnswer) setTimeout(() => answer(autoAnswer === 'approve'), latencyMs);
  });
}

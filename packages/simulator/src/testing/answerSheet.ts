import type { AnsweredSheet, AnswerOptions, SimulatorAnswer } from '../answers';
import { answerOpenSheet } from '../sheets/answerOpenSheet';

/**
 * Answers a sheet of any simulator on the page, found in the DOM by its role (`dialog`, or the
 * `alertdialog` of the browser's "Open in VVChat?" prompt) and accessible name, the way a user's
 * tap would: `'approve'` presses Allow, Pay, Share or Open, `'deny'` Deny or Cancel (see
 * {@link SimulatorAnswer}). For the simulator your app creates itself, out of the test's reach: in
 * Vitest with jsdom or happy-dom, in Vitest's browser mode, in Storybook play functions. (With
 * the simulator at hand, `simulator.answer` does the same for its own sheets only.)
 *
 * Without `name` it answers the newest open sheet. When none matches yet it waits for one (up to
 * `timeoutMs`, 3000 ms by default): call it right after the tap. Resolves with the sheet it
 * answered; rejects `VVChatError` `not_opened` (the message says which sheets are open) when none
 * opened in time, `invalid_option` for an unknown answer or option.
 *
 * @example
 * import { answerSheet } from '@vvchat/simulator/testing';
 *
 * fireEvent.click(screen.getByRole('button', { name: 'VVChat 登录' }));
 * await act(() => answerSheet('approve', { name: '授权登录' })); // { kind: 'login', name: '授权登录' }
 */
export function answerSheet(answer: SimulatorAnswer, options?: AnswerOptions): Promise<AnsweredSheet> {
  return answerOpenSheet(answer, options);
}

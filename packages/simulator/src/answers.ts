/**
 * How a test (or `autoAnswer`) answers a sheet of the simulator:
 *
 * | sheet | `'approve'` | `'deny'` |
 * | --- | --- | --- |
 * | login (授权登录) | Allow (允许) | Deny (拒绝) |
 * | pay (QPay 支付) | Pay (确认支付) | Cancel (取消) |
 * | share (分享到 VVChat) | Share (分享) | Cancel (取消) |
 * | the browser's "Open in VVChat?" prompt (`'slow-prompt'`) | Open (打开) | Cancel (取消) |
 * | chat window, "not installed", invalid link | Close (关闭) | Close (关闭) |
 *
 * Each answer clicks that button, so it does exactly what a user's click does.
 *
 * @example
 * await simulator.answer('deny'); // 取消 on the pay sheet: the order is cancelled
 */
export type SimulatorAnswer = 'approve' | 'deny';

/**
 * Which sheet the simulator shows, as its dialog's `data-sheet` says: the app's consent, pay and
 * share sheets and chat window (`'login'`, `'pay'`, `'share'`, `'customer-service'`), the
 * browser's "Open in VVChat?" prompt (`'prompt'`, an `alertdialog`), the sheet that says VVChat is
 * not installed (`'not-installed'`), and the one that says a link is invalid (`'invalid'`).
 *
 * @example
 * const { kind } = await answerSheet('approve'); // 'login', 'pay', …
 * screen.getByRole('dialog', { name: 'QPay 支付' }).dataset.sheet; // 'pay'
 */
export type SimulatorSheetKind = 'login' | 'pay' | 'share' | 'customer-service' | 'prompt' | 'not-installed' | 'invalid';

/**
 * The sheet an answer went to: what it was and its accessible name (its heading), in the simulator's locale.
 *
 * @example
 * expect(await simulator.answer('approve')).toEqual({ kind: 'pay', name: 'QPay 支付' });
 */
export interface AnsweredSheet {
  kind: SimulatorSheetKind;
  /** e.g. `'授权登录'`, `'QPay 支付'`, or `'Pay with QPay'` with `locale: 'en'`. */
  name: string;
}

/**
 * Options of `simulator.answer`, `answerSheet` and `answerSheetIn`.
 *
 * @example
 * await answerSheet('approve', { name: /QPay/, timeoutMs: 5000 });
 */
export interface AnswerOptions {
  /**
   * The sheet's accessible name (its heading): a string matches the whole name, as Testing
   * Library's `name` does; a `RegExp` is tested against it.
   * @default the newest open sheet
   * @example { name: 'QPay 支付' }
   */
  name?: string | RegExp | undefined;
  /**
   * How long to wait for such a sheet to open. The sheet opens `latencyMs` after the launch (300 ms
   * by default), so an answer can be asked for right after the tap. With fake timers, advance them
   * past `latencyMs`. Past it, the answer rejects `VVChatError` `not_opened`, saying what is open.
   * @default 3000
   */
  timeoutMs?: number | undefined;
}

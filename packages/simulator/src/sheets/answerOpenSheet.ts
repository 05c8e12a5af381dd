import { VVChatError } from '@vvchat/core';
import type { AnsweredSheet, AnswerOptions, SimulatorAnswer, SimulatorSheetKind } from '../answers';
import { describe, either } from '../options';

/** @internal The attribute on each overlay that says which simulator showed it (its `owner`). */
export const ownerAttribute = 'data-vvchat-simulator';

/** @internal The attribute on each answer button: the answers it stands for (`approve`, `deny`, or both). */
export const answerAttribute = 'data-answer';

const answers = ['approve', 'deny'] as const satisfies readonly SimulatorAnswer[];
const defaultTimeoutMs = 3000;

/** @internal A sheet on the page, as the answering helpers see it. */
interface FoundSheet {
  dialog: HTMLElement;
  kind: SimulatorSheetKind;
  name: string;
}

/** The open sheets (of `owner` only, when given), oldest first: each overlay holds one dialog. */
function openSheets(doc: Document, owner: string | undefined): FoundSheet[] {
  const overlays = [...doc.querySelectorAll<HTMLElement>(`[${ownerAttribute}]`)].filter((overlay) => owner === undefined || overlay.getAttribute(ownerAttribute) === owner);
  return overlays.flatMap((overlay) => {
    const dialog = overlay.querySelector<HTMLElement>('[role=dialog], [role=alertdialog]');
    if (!dialog) return [];
    const labelledBy = dialog.getAttribute('aria-labelledby');
    const name = (labelledBy && doc.getElementById(labelledBy)?.textContent) || '';
    return [{ dialog, kind: dialog.getAttribute('data-sheet') as SimulatorSheetKind, name: name.replace(/\s+/g, ' ').trim() }];
  });
}

const matches = (name: string, wanted: string | RegExp | undefined) =>
  wanted === undefined || (typeof wanted === 'string' ? name === wanted.replace(/\s+/g, ' ').trim() : new RegExp(wanted.source, wanted.flags.replace('g', '')).test(name));

/** @internal What an answer asks for, once checked. */
export interface CheckedAnswer {
  answer: SimulatorAnswer;
  name: string | RegExp | undefined;
  timeoutMs: number;
}

/** @internal Checks an answer and its options; throws `invalid_option`, naming the bad one. */
export function checkAnswer(answer: unknown, options: AnswerOptions | undefined): CheckedAnswer {
  const { name, timeoutMs = defaultTimeoutMs } = options ?? {};
  if (!(answers as readonly unknown[]).includes(answer)) throw new VVChatError('invalid_option', `answer must be ${either(answers)}; got ${describe(answer)}`);
  if (name !== undefined && typeof name !== 'string' && !(name instanceof RegExp)) {
    throw new VVChatError('invalid_option', `name must be a string or a RegExp; got ${describe(name)}`);
  }
  if (typeof timeoutMs !== 'number' || !(timeoutMs > 0) || timeoutMs === Infinity) {
    throw new VVChatError('invalid_option', `timeoutMs must be a positive number of milliseconds; got ${typeof timeoutMs === 'number' ? String(timeoutMs) : describe(timeoutMs)}`);
  }
  return { answer: answer as SimulatorAnswer, name, timeoutMs };
}

/** @internal The `not_opened` error of an answer that found no sheet; `open` lists the names of the sheets that are open. */
export function noSheet({ name, timeoutMs }: CheckedAnswer, open: string[], cause?: unknown): VVChatError {
  const wanted = name === undefined ? '' : ` named ${typeof name === 'string' ? JSON.stringify(name) : String(name)}`;
  const names = open.map((each) => JSON.stringify(each)).join(', ') || 'none';
  return new VVChatError('not_opened', `no simulator sheet${wanted} opened within ${timeoutMs} ms (open: ${names})`, cause === undefined ? {} : { cause });
}

/**
 * @internal Answers the newest open sheet (of `owner`, when given) whose name matches, waiting up
 * to `timeoutMs` for one to open: clicks its `approve` or `deny` button, as a user would. Rejects
 * `invalid_option` for a bad answer or option, `not_opened` when no such sheet opened in time,
 * `no_browser` outside a page.
 */
export async function answerOpenSheet(answer: unknown, options: AnswerOptions | undefined, owner?: string, doc: Document | undefined = globalThis.document): Promise<AnsweredSheet> {
  const checked = checkAnswer(answer, options);
  if (!doc) throw new VVChatError('no_browser', 'answering a simulator sheet needs a browser page');
  const { name, timeoutMs } = checked;
  return new Promise((resolve, reject) => {

    const tryAnswer = (): boolean => {
      const sheet = openSheets(doc, owner).filter((found) => matches(found.name, name)).at(-1);
      const button = sheet?.dialog.querySelector<HTMLElement>(`[${answerAttribute}~="${checked.answer}"]`);
      if (!sheet || !button) return false;
      button.click();
      resolve({ kind: sheet.kind, name: sheet.name });
      return true;
    };
    if (tryAnswer()) return;

    // A sheet that opens later is answered as soon as it is on the page (a microtask after the
    // launch put it there), so fake timers need advancing only past `latencyMs`.
    const observer = new MutationObserver(() => {
      if (!tryAnswer()) return;
      observer.disconnect();
      clearTimeout(timer);
    });
    observer.observe(doc, { childList: true, subtree: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(noSheet(checked, openSheets(doc, owner).map((found) => found.name)));
    }, timeoutMs);
  });
}

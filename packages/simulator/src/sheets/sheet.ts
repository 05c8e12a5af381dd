import type { SimulatorAnswer, SimulatorSheetKind } from '../answers';
import type { SimulatorTexts } from '../texts';
import { answerAttribute, ownerAttribute } from './answerOpenSheet';

/** @internal A button at the bottom of a sheet. */
export interface SheetAction {
  label: string;
  primary?: boolean;
  onClick: () => void;
  /** The answers this button gives, for `simulator.answer` and `answerSheet` (`data-answer`). */
  answers: SimulatorAnswer[];
}

/** @internal What a sheet shows. */
export interface SheetContent {
  /** Names the dialog (its heading). */
  title: string;
  body: (Node | string)[];
  actions: SheetAction[];
  /** Escape, or a click on the backdrop. */
  onDismiss: () => void;
  /** `data-sheet` on the dialog, for tests and styles. */
  kind: SimulatorSheetKind;
  /** The simulator that shows it (`data-vvchat-simulator` on the overlay), so its `answer` finds its own sheets. */
  owner: string;
  /** The ids of the body's elements that describe the dialog (`aria-describedby`), e.g. the pay sheet's amount. */
  describedBy?: string[] | undefined;
  /**
   * Who shows it: the simulated VVChat app (a bottom sheet that says it is the app), or the
   * browser itself (a small centred `alertdialog`, as the system's "Open in VVChat?" prompt,
   * which a backdrop click does not dismiss). @default 'app'
   */
  by?: 'app' | 'browser';
}

/** @internal An open sheet. */
export interface Sheet {
  dialog: HTMLElement;
  close: () => void;
}

const css = `
.vvchat-sim{position:fixed;inset:0;z-index:2147483000;display:flex;align-items:flex-end;justify-content:center;background:rgb(0 0 0/.45);font:15px/1.5 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif}
.vvchat-sim__sheet{box-sizing:border-box;inline-size:min(100%,420px);max-block-size:90vh;overflow:auto;padding:20px 20px 24px;border-radius:16px 16px 0 0;background:#fff;color:#1d1d1f;box-shadow:0 -8px 32px rgb(0 0 0/.2)}
.vvchat-sim__app{margin:0 0 4px;color:#5f6368;font-size:13px}
.vvchat-sim__title{margin:0 0 12px;font-size:18px}
.vvchat-sim__sheet p{margin:0 0 12px}
.vvchat-sim__sheet .vvchat-sim__amount{margin:0 0 4px;font-size:34px;font-weight:700;line-height:1.2;font-variant-numeric:tabular-nums;letter-spacing:-.01em}
.vvchat-sim__card{display:flex;gap:12px;padding:12px;margin:0 0 12px;border:1px solid #dadce0;border-radius:10px}
.vvchat-sim__card img{inline-size:56px;block-size:56px;flex:none;object-fit:cover;border-radius:6px}
.vvchat-sim__card>div{min-inline-size:0;overflow-wrap:anywhere}
.vvchat-sim__card strong{display:block}
.vvchat-sim__muted{color:#5f6368;font-size:13px}
.vvchat-sim__lines{margin:6px 0;padding:8px 10px 8px 26px;border-radius:6px;background:#f1f3f4}
.vvchat-sim__error{padding:10px;border-radius:8px;background:#fce8e6;color:#8c1d18;word-break:break-word}
.vvchat-sim__messages{min-block-size:120px;margin:0 0 12px;padding:10px;border-radius:10px;background:#f1f3f4}
.vvchat-sim__bubble{display:inline-block;margin:0 0 6px;padding:6px 10px;border-radius:10px;background:#fff}
.vvchat-sim__mine{display:block;text-align:end}
.vvchat-sim__actions{display:flex;gap:10px;margin-block-start:16px}
.vvchat-sim__actions button,.vvchat-sim__compose button{flex:1;min-block-size:44px;border:1px solid #0b57d0;border-radius:10px;background:#fff;color:#0b57d0;font:inherit;font-weight:600;cursor:pointer}
.vvchat-sim__actions button[data-primary]{background:#0b57d0;color:#fff}
.vvchat-sim button:focus-visible,.vvchat-sim input:focus-visible,.vvchat-sim a:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}
.vvchat-sim__compose{display:flex;gap:8px}
.vvchat-sim__compose input{flex:3;min-block-size:44px;padding:0 10px;border:1px solid #80868b;border-radius:10px;font:inherit}
.vvchat-sim a{color:#0b57d0;word-break:break-all}
.vvchat-sim[data-by=browser]{align-items:center;background:rgb(0 0 0/.25);font-family:-apple-system,system-ui,"PingFang SC","Microsoft YaHei",sans-serif}
.vvchat-sim__prompt{box-sizing:border-box;inline-size:min(calc(100% - 32px),280px);border-radius:14px;background:#f2f2f2;color:#1d1d1f;text-align:center;box-shadow:0 8px 40px rgb(0 0 0/.25);overflow:hidden}
.vvchat-sim__prompt .vvchat-sim__title{margin:0;padding:18px 16px 2px;font-size:17px;font-weight:600}
.vvchat-sim__prompt p{margin:0;padding:0 16px 18px;font-size:13px}
.vvchat-sim__prompt .vvchat-sim__actions{gap:0;margin:0;border-block-start:1px solid #c6c6c8}
.vvchat-sim__prompt .vvchat-sim__actions button{border:0;border-radius:0;background:transparent;color:#0b57d0;font-size:17px;font-weight:400}
.vvchat-sim__prompt .vvchat-sim__actions button+button{border-inline-start:1px solid #c6c6c8}
.vvchat-sim__prompt .vvchat-sim__actions button[data-primary]{background:transparent;color:#0b57d0;font-weight:600}
.vvchat-sim__prompt button:focus-visible{outline-offset:-3px}
`;

let idCount = 0;

/** @internal An id no other element of the simulator's has: `vvchat-sim-<what>-<n>`. */
export function uniqueId(what: string): string {
  return `vvchat-sim-${what}-${++idCount}`;
}

/** @internal `document.createElement` with attributes and children. */
export function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/**
 * @internal Shows a modal sheet: `role="dialog"` named by its heading, focus moved in and kept
 * in (Tab cycles), Escape or a backdrop click dismisses, focus goes back where it was on close.
 */
export function openSheet(doc: Document, texts: SimulatorTexts, content: SheetContent): Sheet {
  if (!doc.getElementById('vvchat-simulator-styles')) {
    doc.head.append(element(doc, 'style', { id: 'vvchat-simulator-styles' }, [css]));
  }
  const byBrowser = content.by === 'browser';
  const titleId = uniqueId('title');
  const bodyId = uniqueId('body');
  const previousFocus = doc.activeElement as HTMLElement | null;
  const buttons = content.actions.map(({ label, primary, onClick, answers }) => {
    const button = element(doc, 'button', { type: 'button', ...(primary && { 'data-primary': '' }), [answerAttribute]: answers.join(' ') }, [label]);
    button.addEventListener('click', onClick);
    return button;
  });
  const heading = element(doc, 'h2', { id: titleId, class: 'vvchat-sim__title' }, [content.title]);
  const actions = element(doc, 'div', { class: 'vvchat-sim__actions' }, buttons);
  const dialog = byBrowser
    ? // The browser's prompt: an alert that names no app, its message read out with its title.
      element(doc, 'div', { role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': titleId, 'aria-describedby': bodyId, lang: texts.lang, class: 'vvchat-sim__prompt', 'data-sheet': content.kind }, [
        heading,
        element(doc, 'div', { id: bodyId }, content.body),
        actions,
      ])
    : element(doc, 'div', { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId, ...(content.describedBy?.length && { 'aria-describedby': content.describedBy.join(' ') }), lang: texts.lang, class: 'vvchat-sim__sheet', 'data-sheet': content.kind }, [
        element(doc, 'p', { class: 'vvchat-sim__app' }, [texts.app]),
        heading,
        ...content.body,
        actions,
      ]);
  const overlay = element(doc, 'div', { class: 'vvchat-sim', [ownerAttribute]: content.owner, ...(byBrowser && { 'data-by': 'browser' }) }, [dialog]);

  // A system prompt waits for its buttons (or Escape); only the app's sheets close from outside.
  overlay.addEventListener('click', (event) => !byBrowser && event.target === overlay && content.onDismiss());
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      content.onDismiss();
    } else if (event.key === 'Tab') {
      const focusable = [...dialog.querySelectorAll<HTMLElement>('button, input, a[href], [tabindex]:not([tabindex="-1"])')];
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (event.shiftKey && doc.activeElement === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && doc.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
    }
  });
  doc.body.append(overlay);
  (buttons.find((_, i) => content.actions[i]?.primary) ?? buttons[0])?.focus();

  return {
    dialog,
    close() {
      overlay.remove();
      if (previousFocus?.isConnected) previousFocus.focus();
    },
  };
}

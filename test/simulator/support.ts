import { fireEvent, screen, within } from '@testing-library/dom';
import { vi, type Mock } from 'vitest';
import {
  buildCustomerServiceLink,
  buildLoginLink,
  buildPayLink,
  buildShareLink,
  shareResultMessageType,
} from '@vvchat/core';
import { createSimulator, type SimulatorOptions } from '@vvchat/simulator';
import { fakeStorage as mapStorage } from '../support/storage';

/** A Map-backed Web Storage stand-in: a fresh one gives each test a ledger of its own. */
export { mapStorage };

/** Where the simulator keeps its ledger (an internal key, read only to check what was stored). */
export const ledgerKey = 'vvchat-simulator:ledger';

export const appId = 'demo-app';
export const page = 'https://shop.example';

export const links = {
  login: (state = 'state-123', redirectUri = `${page}/return?from=cart#top`) => buildLoginLink({ appId, redirectUri, state }),
  pay: (imprestCode = 'IMPREST-1') => buildPayLink({ appId, imprestCode, redirectUri: `${page}/paid?order=42#receipt` }),
  share: () =>
    buildShareLink({
      appId,
      title: '新品上市',
      subTitle: '限时八折',
      url: `${page}/items/42`,
      thumbUrl: `${page}/thumb.png`,
      data: { tplHeader: 'vctalk', tplVersion: 'v1', tplType: 'MultipleLine', data: ['¥99', '今日包邮'] },
    }),
  customerService: () => buildCustomerServiceLink({ openId: 'service-open-id' }),
};

export type NavigateMock = Mock<(url: string) => void>;

/** A simulator with no latency, its own ledger and a navigate spy. */
export function simulator(options: SimulatorOptions = {}) {
  const navigate: NavigateMock = vi.fn<(url: string) => void>();
  const storage = mapStorage();
  const launcher = createSimulator({ latencyMs: 0, storage, navigate, ...options });
  return { launcher, navigate, storage };
}

/** The one open sheet. */
export function dialog(name?: string | RegExp): HTMLElement {
  return name === undefined ? screen.getByRole('dialog') : screen.getByRole('dialog', { name });
}

/** A button of the open sheet, by its label. */
export function button(name: string | RegExp, within_: HTMLElement = dialog()): HTMLElement {
  return within(within_).getByRole('button', { name });
}

/** The dark area around the sheet: a click there dismisses it. */
export function backdrop(sheet: HTMLElement = dialog()): HTMLElement {
  const overlay = sheet.parentElement;
  if (!overlay) throw new Error('the sheet has no backdrop');
  return overlay;
}

/** Presses a key where the focus is (the event bubbles to the sheet, as a real key press would). Returns false when the sheet prevented the default. */
export function press(key: string, init: { shiftKey?: boolean } = {}): boolean {
  const target = document.activeElement ?? document.body;
  return fireEvent.keyDown(target, { key, ...init });
}

export function tab(shiftKey = false): boolean {
  return press('Tab', { shiftKey });
}

/** The share results posted to this window, as `useShare`'s channel receives them. */
export function shareResults() {
  const results: unknown[] = [];
  const listener = (event: MessageEvent) => {
    const data: unknown = event.data;
    if (typeof data === 'object' && data !== null && (data as { type?: unknown }).type === shareResultMessageType) results.push(data);
  };
  window.addEventListener('message', listener);
  return { results, stop: () => window.removeEventListener('message', listener) };
}

/** Removes every sheet left open (and the focusable helpers a test added). */
export function removeSheets() {
  document.body.replaceChildren();
}

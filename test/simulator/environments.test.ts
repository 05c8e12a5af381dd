import { fireEvent, screen, within } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isVVChatError, type InAppBrowser, type LaunchResult } from '@vvchat/core';
import { createSimulator, type SimulatorEnvironment } from '@vvchat/simulator';
import { backdrop, button, dialog, links, mapStorage, removeSheets, simulator } from './support';

afterEach(() => {
  vi.useRealTimers();
  removeSheets();
  // An app sheet left open leaves the page covered (hidden): show it again for the next test.
  for (const name of ['visibilityState', 'hidden']) Reflect.deleteProperty(document, name);
});

const fallbackUrl = 'https://vvchat.example/download';

/** Records when a launch settles, without awaiting it. */
function track(launched: Promise<LaunchResult>) {
  const state: { result?: LaunchResult; error?: unknown } = {};
  launched.then(
    (result) => (state.result = result),
    (error: unknown) => (state.error = error),
  );
  return state;
}

/** The `blur` and `focus` events the window receives, in order. */
function windowFocusEvents() {
  const events: string[] = [];
  const listener = (event: Event) => events.push(event.type);
  window.addEventListener('blur', listener);
  window.addEventListener('focus', listener);
  return {
    events,
    stop: () => {
      window.removeEventListener('blur', listener);
      window.removeEventListener('focus', listener);
    },
  };
}

/** The browser's "Open in VVChat?" prompt. */
function prompt(name: string | RegExp = '在 VVChat 中打开？'): HTMLElement {
  return screen.getByRole('alertdialog', { name });
}

/** Whether any sheet or prompt is on the page. */
function nothingShown() {
  return screen.queryByRole('dialog') === null && screen.queryByRole('alertdialog') === null;
}

describe("environment 'phone'", () => {
  it.each([undefined, 'phone', 'webview'] as const)('(%s) opens the app and resolves opened, hidden, not blurred', async (environment) => {
    vi.useFakeTimers();
    const { launcher } = simulator({ environment, latencyMs: 200 });
    const launch = track(launcher.launch(links.login()));

    await vi.advanceTimersByTimeAsync(200);

    expect(launch.result).toEqual({ outcome: 'opened', elapsedMs: 200, evidence: { signal: 'hidden', blurred: false } });
    expect(dialog('授权登录')).toBeTruthy();
    expect(document.visibilityState).toBe('hidden');
    fireEvent.click(button('拒绝'));
    expect(document.visibilityState).toBe('visible');
  });

  it('wins over the deprecated notInstalled', async () => {
    const { launcher } = simulator({ environment: 'phone', notInstalled: true });

    await expect(launcher.launch(links.login())).resolves.toMatchObject({ outcome: 'opened' });
    expect(dialog('授权登录')).toBeTruthy();
  });
});

describe("environment 'no-app'", () => {
  it('resolves not-opened after latencyMs, timed out, and shows where the page would go', async () => {
    vi.useFakeTimers();
    const { launcher, navigate } = simulator({ environment: 'no-app', latencyMs: 400 });
    const launch = track(launcher.launch(links.pay(), { fallbackUrl }));

    await vi.advanceTimersByTimeAsync(399);
    expect(launch.result).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);

    expect(launch.result).toEqual({ outcome: 'not-opened', elapsedMs: 400, evidence: { signal: 'timeout', blurred: false } });
    expect(within(dialog('未安装 VVChat')).getByRole('link', { name: fallbackUrl })).toBeTruthy();
    expect(navigate).not.toHaveBeenCalled();
  });

  it('is what notInstalled: true gives', async () => {
    const fromAlias = await simulator({ notInstalled: true }).launcher.launch(links.login());
    removeSheets();
    const fromEnvironment = await simulator({ environment: 'no-app' }).launcher.launch(links.login());

    expect(fromAlias).toEqual(fromEnvironment);
    expect(dialog('未安装 VVChat')).toBeTruthy();
  });
});

describe('blocked environments', () => {
  const blocked: [SimulatorEnvironment, LaunchResult][] = [
    ['desktop', { outcome: 'blocked', reason: 'desktop', elapsedMs: 0, evidence: { signal: 'environment', blurred: false } }],
    ['no-user-activation', { outcome: 'blocked', reason: 'no-user-activation', elapsedMs: 0, evidence: { signal: 'activation', blurred: false } }],
    ...(['wechat', 'wecom', 'qq', 'weibo', 'alipay', 'dingtalk', 'douyin', 'tiktok', 'baidu', 'instagram', 'facebook', 'line'] as const).map(
      (app: InAppBrowser): [SimulatorEnvironment, LaunchResult] => [
        app,
        { outcome: 'blocked', reason: 'in-app-browser', app, elapsedMs: 0, evidence: { signal: 'environment', blurred: false } },
      ],
    ),
  ];

  it.each(blocked)('%s resolves blocked at once, before any timer', async (environment, result) => {
    vi.useFakeTimers();
    const { launcher } = simulator({ environment, latencyMs: 300 });

    // No timer is advanced: the answer needs none.
    await expect(launcher.launch(links.login())).resolves.toEqual(result);
  });

  it.each(blocked)('%s shows nothing, navigates nowhere and issues nothing, even with autoAnswer and a fallbackUrl', async (environment) => {
    vi.useFakeTimers();
    const { launcher, navigate, storage } = simulator({ environment, autoAnswer: 'approve', latencyMs: 50 });
    const focusEvents = windowFocusEvents();

    for (const link of [links.login(), links.pay(), links.share(), links.customerService(), 'qyx://thirdlogin?app_id=']) {
      await launcher.launch(link, { fallbackUrl });
    }
    await vi.advanceTimersByTimeAsync(5000);
    focusEvents.stop();

    expect(nothingShown()).toBe(true);
    expect(document.querySelector('[data-vvchat-simulator]')).toBeNull();
    expect(navigate).not.toHaveBeenCalled();
    expect(storage.map.size).toBe(0);
    expect(document.visibilityState).toBe('visible');
    expect(focusEvents.events).toEqual([]);
  });

  it("desktop with the provider's desktop: 'launch' opens the app as on a phone", async () => {
    vi.useFakeTimers();
    const { launcher } = simulator({ environment: 'desktop', latencyMs: 100 });
    const launch = track(launcher.launch(links.share(), { desktop: 'launch' }));

    await vi.advanceTimersByTimeAsync(100);

    expect(launch.result).toEqual({ outcome: 'opened', elapsedMs: 100, evidence: { signal: 'hidden', blurred: false } });
    expect(dialog('分享到 VVChat')).toBeTruthy();
  });

  it("desktop with desktop: 'block' stays blocked", async () => {
    const { launcher } = simulator({ environment: 'desktop' });

    await expect(launcher.launch(links.login(), { desktop: 'block' })).resolves.toMatchObject({ outcome: 'blocked', reason: 'desktop' });
    expect(nothingShown()).toBe(true);
  });

  it("an in-app browser stays blocked with desktop: 'launch'", async () => {
    const { launcher } = simulator({ environment: 'wechat' });

    await expect(launcher.launch(links.login(), { desktop: 'launch' })).resolves.toMatchObject({ outcome: 'blocked', app: 'wechat' });
    expect(nothingShown()).toBe(true);
  });
});

describe("environment 'slow-prompt'", () => {
  it("shows the browser's prompt at once, blurs the page and waits for the answer", async () => {
    vi.useFakeTimers();
    const focusEvents = windowFocusEvents();
    const { launcher, navigate } = simulator({ environment: 'slow-prompt', latencyMs: 100 });
    const launch = track(launcher.launch(links.login()));

    const sheet = prompt();
    expect(sheet.getAttribute('aria-modal')).toBe('true');
    expect(sheet.getAttribute('data-sheet')).toBe('prompt');
    expect(document.getElementById(sheet.getAttribute('aria-describedby') ?? '')?.textContent).toBe('此网页想要打开 VVChat');
    expect(within(sheet).getAllByRole('button').map((b) => b.textContent)).toEqual(['取消', '打开']);
    // The browser asks, not the app: no app name, no app sheet.
    expect(sheet.textContent).not.toContain('VVChat（模拟器）');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button('打开', sheet));
    expect(focusEvents.events).toEqual(['blur']);

    await vi.advanceTimersByTimeAsync(60_000);
    expect(launch.result).toBeUndefined();
    expect(prompt()).toBeTruthy();
    expect(focusEvents.events).toEqual(['blur']);
    expect(navigate).not.toHaveBeenCalled();
    focusEvents.stop();
  });

  it('Open gives the page its focus back and goes on as a phone: the app opens, opened and blurred', async () => {
    vi.useFakeTimers();
    const focusEvents = windowFocusEvents();
    const { launcher } = simulator({ environment: 'slow-prompt', latencyMs: 100 });
    const launch = track(launcher.launch(links.login()));

    await vi.advanceTimersByTimeAsync(1500);
    fireEvent.click(button('打开', prompt()));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(focusEvents.events).toEqual(['blur', 'focus']);
    focusEvents.stop();

    await vi.advanceTimersByTimeAsync(99);
    expect(launch.result).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(launch.result).toEqual({ outcome: 'opened', elapsedMs: 1600, evidence: { signal: 'hidden', blurred: true } });
    expect(document.visibilityState).toBe('hidden');
    fireEvent.click(button('拒绝', dialog('授权登录')));
    expect(document.visibilityState).toBe('visible');
  });

  it('Cancel resolves not-opened on focus, with nothing opened and nowhere navigated', async () => {
    vi.useFakeTimers();
    const focusEvents = windowFocusEvents();
    const { launcher, navigate } = simulator({ environment: 'slow-prompt', latencyMs: 100 });
    const launch = track(launcher.launch(links.pay(), { fallbackUrl }));

    await vi.advanceTimersByTimeAsync(800);
    fireEvent.click(button('取消', prompt()));
    await vi.advanceTimersByTimeAsync(0);

    expect(launch.result).toEqual({ outcome: 'not-opened', elapsedMs: 800, evidence: { signal: 'focus', blurred: true } });
    expect(focusEvents.events).toEqual(['blur', 'focus']);
    focusEvents.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(nothingShown()).toBe(true);
    expect(navigate).not.toHaveBeenCalled();
    expect(document.visibilityState).toBe('visible');
  });

  it('Escape cancels; a click beside the prompt does not', async () => {
    const { launcher } = simulator({ environment: 'slow-prompt' });
    const launch = track(launcher.launch(links.login()));

    fireEvent.click(backdrop(prompt()));
    expect(prompt()).toBeTruthy();
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Escape' });

    await vi.waitFor(() => expect(launch.result).toMatchObject({ outcome: 'not-opened', evidence: { signal: 'focus' } }));
    expect(nothingShown()).toBe(true);
  });

  it('gives the focus back to where it was once answered', async () => {
    const trigger = document.body.appendChild(document.createElement('button'));
    trigger.focus();
    const { launcher } = simulator({ environment: 'slow-prompt' });
    const launched = launcher.launch(links.login());

    fireEvent.click(button('取消', prompt()));
    await launched;

    expect(document.activeElement).toBe(trigger);
  });

  it('speaks English with locale en', () => {
    const { launcher } = simulator({ environment: 'slow-prompt', locale: 'en' });
    void launcher.launch(links.login());

    const sheet = prompt('Open in VVChat?');
    expect(sheet.getAttribute('lang')).toBe('en');
    expect(sheet.textContent).toContain('This page wants to open VVChat');
    expect(within(sheet).getAllByRole('button').map((b) => b.textContent)).toEqual(['Cancel', 'Open']);
  });

  it.each([
    ['approve', 'opened'],
    ['deny', 'not-opened'],
  ] as const)("autoAnswer '%s' answers the prompt latencyMs after it showed: %s", async (autoAnswer, outcome) => {
    vi.useFakeTimers();
    const { launcher } = simulator({ environment: 'slow-prompt', autoAnswer, latencyMs: 100 });
    const launch = track(launcher.launch(links.customerService()));

    await vi.advanceTimersByTimeAsync(99);
    expect(prompt()).toBeTruthy();
    await vi.advanceTimersByTimeAsync(1);
    expect(screen.queryByRole('alertdialog')).toBeNull();

    // Opened: the chat window shows latencyMs later and closes latencyMs after that.
    await vi.advanceTimersByTimeAsync(100);
    expect(launch.result?.outcome).toBe(outcome);
    await vi.advanceTimersByTimeAsync(100);
    expect(nothingShown()).toBe(true);
    expect(document.visibilityState).toBe('visible');
  });

  it("closes the prompt and rejects aborted when the launch's signal fires", async () => {
    const focusEvents = windowFocusEvents();
    const controller = new AbortController();
    const { launcher } = simulator({ environment: 'slow-prompt' });
    const launched = launcher.launch(links.login(), { signal: controller.signal });

    controller.abort();

    await expect(launched).rejects.toMatchObject({ name: 'VVChatError', code: 'aborted' });
    expect(nothingShown()).toBe(true);
    expect(focusEvents.events).toEqual(['blur', 'focus']);
    focusEvents.stop();
  });

  it('shows no prompt for a launch whose signal has already fired', async () => {
    const { launcher } = simulator({ environment: 'slow-prompt' });

    await expect(launcher.launch(links.login(), { signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'aborted' });
    expect(nothingShown()).toBe(true);
  });
});

describe('an invalid environment', () => {
  it.each([['iphone'], ['WeChat'], [''], ['toString'], ['__proto__'], [42], [null], [true]])(
    'throws invalid_option naming environment when the simulator is created (%s)',
    (environment) => {
      let thrown: unknown;
      try {
        createSimulator({ environment: environment as SimulatorEnvironment, storage: mapStorage() });
      } catch (error) {
        thrown = error;
      }
      expect(isVVChatError(thrown) && thrown.code).toBe('invalid_option');
      expect((thrown as Error).message).toMatch(/^environment must be 'phone', 'no-app', 'slow-prompt', 'desktop', 'no-user-activation' or an in-app browser/);
      expect((thrown as Error).message).toContain(typeof environment === 'string' ? JSON.stringify(environment) : typeof environment);
    },
  );
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildLoginLink, createLauncher, isVVChatError, VVChatError, type LaunchEnvironment, type LaunchOptions } from '@vvchat/core';
import { fakePage, flush, isSettled, settled, trackedAbort, type FakePage } from './fakePage';

const link = buildLoginLink({ appId: 'test', state: 'STATE', redirectUri: 'https://shop.example/cb' });
const otherLink = 'qyx://openSessionView?open_id=OPEN_ID';
const fallbackUrl = 'https://vvchat.example/download';

function setup() {
  const page = fakePage();
  const launcher = createLauncher(page.environment);
  return { page, launcher };
}

/** The VVChatError `promise` has rejected with by now; fails fast when it is still pending. */
async function rejection(promise: Promise<unknown>): Promise<VVChatError> {
  let result: { value: unknown } | { error: unknown } | undefined;
  promise.then(
    (value) => (result = { value }),
    (error: unknown) => (result = { error }),
  );
  await flush();
  if (!result) throw new Error('expected a rejection, but the launch is still pending');
  if (!('error' in result)) throw new Error(`expected a rejection, got ${JSON.stringify(result.value)}`);
  expect(result.error).toBeInstanceOf(VVChatError);
  expect(isVVChatError(result.error)).toBe(true);
  return result.error as VVChatError;
}

function expectNoListeners(page: FakePage) {
  for (const type of ['visibilitychange', 'pagehide', 'blur', 'focus']) {
    expect(page.window.count(type), `window ${type}`).toBe(0);
    expect(page.document.count(type), `document ${type}`).toBe(0);
  }
  expect(page.listeners()).toBe(0);
  expect(page.window.removed).toBeGreaterThan(0);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('launch: navigation', () => {
  it('navigates synchronously to the exact link, before launch() returns', () => {
    const { page, launcher } = setup();
    const promise = launcher.launch(link);
    expect(page.navigate).toHaveBeenCalledTimes(1);
    expect(page.navigate).toHaveBeenCalledWith(link);
    expect(promise).toBeInstanceOf(Promise);
    page.document.hide();
    return promise;
  });

  it('watches visibilitychange on the document and pagehide, blur and focus on the window while pending', async () => {
    const { page, launcher } = setup();
    const { signal, listeners } = trackedAbort();
    const promise = launcher.launch(link, { signal });
    expect(page.document.count('visibilitychange')).toBe(1);
    expect(page.window.count('pagehide')).toBe(1);
    expect(page.window.count('blur')).toBe(1);
    expect(page.window.count('focus')).toBe(1);
    expect(listeners()).toBe(1);
    expect(await isSettled(promise)).toBe(false);
    page.document.hide();
    await promise;
  });
});

describe('launch: detection', () => {
  it("resolves 'opened' when the document becomes hidden", async () => {
    const { page, launcher } = setup();
    const promise = launcher.launch(link);
    page.advance(300);
    page.document.hide();
    await expect(promise).resolves.toMatchObject({ outcome: 'opened', elapsedMs: 300 });
  });

  it('ignores a visibilitychange that leaves the document visible', async () => {
    const { page, launcher } = setup();
    const promise = launcher.launch(link);
    page.document.show();
    expect(await isSettled(promise)).toBe(false);
    page.advance(2500);
    await expect(promise).resolves.toMatchObject({ outcome: 'not-opened' });
  });

  it("resolves 'opened' on blur then pagehide", async () => {
    const { page, launcher } = setup();
    const promise = launcher.launch(link);
    page.advance(100);
    page.window.fire('blur');
    expect(await isSettled(promise)).toBe(false);
    page.advance(150);
    page.window.fire('pagehide');
    await expect(promise).resolves.toMatchObject({ outcome: 'opened', elapsedMs: 250 });
  });

  it("resolves 'opened' on pagehide alone", async () => {
    const { page, launcher } = setup();
    const promise = launcher.launch(link);
    page.window.fire('pagehide');
    await expect(promise).resolves.toMatchObject({ outcome: 'opened', elapsedMs: 0 });
  });

  it("resolves 'not-opened' when nothing happens within the default 2500 ms", async () => {
    const { page, launcher } = setup();
    const promise = launcher.launch(link);
    page.advance(2499);
    expect(await isSettled(promise)).toBe(false);
    page.advance(1);
    await expect(promise).resolves.toMatchObject({ outcome: 'not-opened', elapsedMs: 2500 });
  });

  it('honours a custom timeoutMs', async () => {
    const { page, launcher } = setup();
    const promise = launcher.launch(link, { timeoutMs: 800 });
    page.advance(799);
    expect(await isSettled(promise)).toBe(false);
    page.advance(1);
    await expect(promise).resolves.toMatchObject({ outcome: 'not-opened', elapsedMs: 800 });
  });

  it('accepts a timeoutMs of 0 and decides on the next timer tick', async () => {
    const { page, launcher } = setup();
    const promise = launcher.launch(link, { timeoutMs: 0 });
    page.advance(0);
    await expect(promise).resolves.toMatchObject({ outcome: 'not-opened', elapsedMs: 0 });
  });

  it('navigates to fallbackUrl after a not-opened verdict', async () => {
    const { page, launcher } = setup();
    const promise = launcher.launch(link, { fallbackUrl });
    expect(page.navigate.mock.calls).toEqual([[link]]);
    page.advance(2500);
    await expect(promise).resolves.toMatchObject({ outcome: 'not-opened' });
    expect(page.navigate.mock.calls).toEqual([[link], [fallbackUrl]]);
  });

  it("does not navigate to fallbackUrl when the app opened", async () => {
    const { page, launcher } = setup();
    const promise = launcher.launch(link, { fallbackUrl });
    page.document.hide();
    await expect(promise).resolves.toMatchObject({ outcome: 'opened' });
    page.advance(10_000);
    expect(page.navigate.mock.calls).toEqual([[link]]);
  });

  it("resolves 'opened', never 'not-opened', when the timer fires late because the page was frozen", async () => {
    const { page, launcher } = setup();
    const promise = launcher.launch(link, { fallbackUrl });
    page.freeze(2500 + 5000);
    await expect(promise).resolves.toMatchObject({ outcome: 'opened', elapsedMs: 7500 });
    expect(page.navigate.mock.calls).toEqual([[link]]);
  });

  it("never resolves 'not-opened' when the page was frozen during the grace period", async () => {
    const { page, launcher } = setup();
    const promise = launcher.launch(link, { fallbackUrl });
    page.window.fire('blur');
    page.advance(2500);
    expect(await isSettled(promise)).toBe(false);
    page.freeze(2500 + 5000);
    const { outcome } = await promise;
    expect(outcome).not.toBe('not-opened');
    expect(page.navigate.mock.calls).toEqual([[link]]);
  });

  it('waits a grace period when the page is blurred but not hidden at the timeout', async () => {
    const { page, launcher } = setup();
    const promise = launcher.launch(link, { fallbackUrl });
    page.window.fire('blur');
    page.advance(2500);
    expect(await isSettled(promise)).toBe(false);
    expect(page.navigate).toHaveBeenCalledTimes(1);
  });

  it("resolves 'not-opened' and falls back when focus comes back during the grace period", async () => {
    const { page, launcher } = setup();
    const promise = launcher.launch(link, { fallbackUrl });
    page.window.fire('blur');
    page.advance(3000);
    expect(await isSettled(promise)).toBe(false);
    page.window.fire('focus');
    await expect(promise).resolves.toMatchObject({ outcome: 'not-opened', elapsedMs: 3000 });
    expect(page.navigate.mock.calls).toEqual([[link], [fallbackUrl]]);
  });

  it("resolves 'unknown' without falling back when the page stays blurred through the grace period", async () => {
    const { page, launcher } = setup();
    const promise = launcher.launch(link, { fallbackUrl });
    page.window.fire('blur');
    page.advance(5000);
    await expect(promise).resolves.toMatchObject({ outcome: 'unknown', elapsedMs: 5000 });
    expect(page.navigate.mock.calls).toEqual([[link]]);
  });

  it("resolves 'opened' when the document hides during the grace period", async () => {
    const { page, launcher } = setup();
    const promise = launcher.launch(link, { fallbackUrl });
    page.window.fire('blur');
    page.advance(3000);
    page.document.hide();
    await expect(promise).resolves.toMatchObject({ outcome: 'opened', elapsedMs: 3000 });
    expect(page.navigate.mock.calls).toEqual([[link]]);
  });

  it("resolves 'not-opened' at the timeout when focus came back before it", async () => {
    const { page, launcher } = setup();
    const promise = launcher.launch(link);
    page.window.fire('blur');
    page.advance(1000);
    page.window.fire('focus');
    page.advance(1500);
    await expect(promise).resolves.toMatchObject({ outcome: 'not-opened', elapsedMs: 2500 });
  });

  it("resolves 'opened' when the document is already hidden as the timer fires", async () => {
    const { page, launcher } = setup();
    const promise = launcher.launch(link, { fallbackUrl });
    page.document.visibilityState = 'hidden'; // no event: some browsers miss it
    page.advance(2500);
    await expect(promise).resolves.toMatchObject({ outcome: 'opened' });
    expect(page.navigate).toHaveBeenCalledTimes(1);
  });

  it('still resolves not-opened when navigating to fallbackUrl throws', async () => {
    const { page, launcher } = setup();
    const promise = launcher.launch(link, { fallbackUrl });
    page.navigate.mockImplementation((url) => {
      if (url === fallbackUrl) throw new Error('blocked');
    });
    page.advance(2500);
    await expect(promise).resolves.toMatchObject({ outcome: 'not-opened' });
  });

  it('works with vitest fake timers and Date.now as the clock', async () => {
    vi.useFakeTimers();
    const page = fakePage();
    const launcher = createLauncher({
      window: page.window,
      document: page.document,
      navigate: (url) => page.navigate(url),
      now: () => Date.now(),
      setTimeout: (run, ms) => setTimeout(run, ms),
      clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
    });
    const promise = launcher.launch(link, { fallbackUrl });
    vi.advanceTimersByTime(2499);
    expect(await isSettled(promise)).toBe(false);
    vi.advanceTimersByTime(1);
    await expect(promise).resolves.toMatchObject({ outcome: 'not-opened', elapsedMs: 2500 });
    expect(page.navigate.mock.calls).toEqual([[link], [fallbackUrl]]);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('launch: cleanup', () => {
  const endings: [string, (page: FakePage, abort: AbortController) => void][] = [
    ['hidden', (page) => page.document.hide()],
    ['pagehide', (page) => page.window.fire('pagehide')],
    ['the timeout', (page) => page.advance(2500)],
    ['a frozen timer', (page) => page.freeze(9000)],
    ['focus during the grace period', (page) => (page.window.fire('blur'), page.advance(3000), page.window.fire('focus'))],
    ['the grace period', (page) => (page.window.fire('blur'), page.advance(5000))],
    ['an abort', (_, abort) => abort.abort()],
  ];

  it.each(endings)('removes every listener and timer once settled by %s', async (_, end) => {
    const { page, launcher } = setup();
    const { controller, signal, listeners } = trackedAbort();
    const promise = launcher.launch(link, { signal, fallbackUrl });
    expect(page.listeners()).toBe(4);
    end(page, controller);
    await settled(promise);
    expectNoListeners(page);
    expect(listeners()).toBe(0);
    expect(page.pendingTimers()).toBe(0);
  });

  it('removes every listener when navigation throws', async () => {
    const { page, launcher } = setup();
    const { signal, listeners } = trackedAbort();
    page.navigate.mockImplementation(() => {
      throw new Error('nope');
    });
    await settled(launcher.launch(link, { signal }));
    expect(page.listeners()).toBe(0);
    expect(listeners()).toBe(0);
    expect(page.pendingTimers()).toBe(0);
  });

  it('ignores events that come after the verdict', async () => {
    const { page, launcher } = setup();
    const promise = launcher.launch(link, { fallbackUrl });
    page.advance(2500);
    await expect(promise).resolves.toMatchObject({ outcome: 'not-opened' });
    page.document.hide();
    page.window.fire('pagehide');
    page.advance(10_000);
    expect(page.navigate.mock.calls).toEqual([[link], [fallbackUrl]]);
  });
});

describe('launch: a timer that fires late means the page was frozen', () => {
  // A webview suspended while the app is in front fires no event: only the timer, run late when the
  // page resumes, tells. Late by tens of milliseconds is already too late for a page that was running.
  it.each([
    [100, 'a 2.6 s freeze'],
    [400, 'a 2.9 s freeze'],
    [900, 'a 3.4 s freeze'],
  ])("resolves 'opened', never 'not-opened', when the timer fires %i ms late (%s)", async (late) => {
    const { page, launcher } = setup();
    const promise = launcher.launch(link, { fallbackUrl });
    page.freeze(2500 + late);
    await expect(promise).resolves.toMatchObject({ outcome: 'opened', elapsedMs: 2500 + late });
    expect(page.navigate.mock.calls).toEqual([[link]]);
    expect(page.listeners()).toBe(0);
  });

  it.each([1, 3, 5])("still resolves 'not-opened' and falls back when the timer fires %i ms late (on time, for a timer)", async (late) => {
    const { page, launcher } = setup();
    const promise = launcher.launch(link, { fallbackUrl });
    page.advance(2499);
    page.freeze(1 + late);
    await expect(promise).resolves.toMatchObject({ outcome: 'not-opened', elapsedMs: 2500 + late });
    expect(page.navigate.mock.calls).toEqual([[link], [fallbackUrl]]);
  });

  it("resolves 'not-opened' after a freeze that ended before the deadline: the timer was on time", async () => {
    const { page, launcher } = setup();
    const promise = launcher.launch(link, { fallbackUrl });
    page.advance(200);
    page.freeze(1500);
    page.advance(800);
    await expect(promise).resolves.toMatchObject({ outcome: 'not-opened', elapsedMs: 2500 });
    expect(page.navigate.mock.calls).toEqual([[link], [fallbackUrl]]);
  });

  it("resolves 'opened' at once, without a grace period, when the first timer fires late on a blurred page", async () => {
    const { page, launcher } = setup();
    const promise = launcher.launch(link, { fallbackUrl });
    page.window.fire('blur');
    page.freeze(2600);
    await expect(promise).resolves.toMatchObject({ outcome: 'opened', elapsedMs: 2600 });
    expect(page.navigate.mock.calls).toEqual([[link]]);
  });

  it("measures the grace timer's lateness from when it was set: 100 ms late resolves 'opened'", async () => {
    const { page, launcher } = setup();
    const promise = launcher.launch(link, { fallbackUrl });
    page.window.fire('blur');
    page.advance(2500);
    expect(await isSettled(promise)).toBe(false);
    page.freeze(2600);
    await expect(promise).resolves.toMatchObject({ outcome: 'opened', elapsedMs: 5100 });
    expect(page.navigate.mock.calls).toEqual([[link]]);
  });

  it("resolves 'opened', not 'not-opened', when focus comes back after a freeze past the grace deadline, before the overdue timer runs", async () => {
    const { page, launcher } = setup();
    const promise = launcher.launch(link, { fallbackUrl });
    page.window.fire('blur');
    page.advance(2500);
    page.suspend(2900);
    page.window.fire('focus'); // queued during the freeze, dispatched before the timer
    await expect(promise).resolves.toMatchObject({ outcome: 'opened', elapsedMs: 5400 });
    page.advance(0);
    expect(page.navigate.mock.calls).toEqual([[link]]);
    expect(page.pendingTimers()).toBe(0);
  });

  it("still resolves 'not-opened' when focus comes back during the grace period, before its deadline", async () => {
    const { page, launcher } = setup();
    const promise = launcher.launch(link, { fallbackUrl });
    page.window.fire('blur');
    page.advance(2500);
    page.advance(2490);
    page.window.fire('focus');
    await expect(promise).resolves.toMatchObject({ outcome: 'not-opened', elapsedMs: 4990 });
    expect(page.navigate.mock.calls).toEqual([[link], [fallbackUrl]]);
  });
});

describe('launch: clocks', () => {
  // The default clock (no `now` in the environment), with performance.now() as the fake page's
  // monotonic clock and Date.now() as its system clock, which the tests set forwards and backwards.
  function withDefaultClock() {
    const page = fakePage();
    const environment: Partial<LaunchEnvironment> = { ...page.environment };
    delete environment.now;
    const monotonic = vi.spyOn(performance, 'now').mockImplementation(() => page.now());
    vi.spyOn(Date, 'now').mockImplementation(() => page.wallNow());
    return { page, monotonic, launcher: createLauncher(environment) };
  }

  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it("is not fooled by the system clock set an hour forwards during the launch: an on-time timer still means 'not-opened'", async () => {
    const { page, launcher } = withDefaultClock();
    const promise = launcher.launch(link, { fallbackUrl });
    page.advance(1000);
    page.jumpWallClock(3_600_000);
    page.advance(1500);
    await expect(promise).resolves.toMatchObject({ outcome: 'not-opened', elapsedMs: 2500 });
    expect(page.navigate.mock.calls).toEqual([[link], [fallbackUrl]]);
  });

  it("is not fooled by the system clock set an hour backwards during a freeze: the late timer still means 'opened'", async () => {
    const { page, launcher } = withDefaultClock();
    const promise = launcher.launch(link, { fallbackUrl });
    page.jumpWallClock(-3_600_000);
    page.freeze(2900);
    await expect(promise).resolves.toMatchObject({ outcome: 'opened', elapsedMs: 2900 });
    expect(page.navigate.mock.calls).toEqual([[link]]);
  });

  it('reports elapsedMs in whole milliseconds of the monotonic clock', async () => {
    const { page, monotonic, launcher } = withDefaultClock();
    monotonic.mockImplementation(() => page.now() + 0.375);
    const promise = launcher.launch(link);
    page.advance(1200);
    monotonic.mockImplementation(() => page.now() + 0.875);
    page.document.hide();
    await expect(promise).resolves.toMatchObject({ outcome: 'opened', elapsedMs: 1201 });
  });

  it('uses Date.now() where there is no performance.now()', async () => {
    const { page, launcher } = withDefaultClock();
    vi.stubGlobal('performance', undefined);
    const onTime = launcher.launch(link);
    page.advance(2500);
    await expect(onTime).resolves.toMatchObject({ outcome: 'not-opened', elapsedMs: 2500 });
    const frozen = launcher.launch(link);
    page.freeze(2900);
    await expect(frozen).resolves.toMatchObject({ outcome: 'opened', elapsedMs: 2900 });
  });
});

describe('launch: abort', () => {
  it("rejects 'aborted' without navigating when the signal is already aborted", async () => {
    const { page, launcher } = setup();
    const controller = new AbortController();
    controller.abort(new Error('user left'));
    const error = await rejection(launcher.launch(link, { signal: controller.signal }));
    expect(error.code).toBe('aborted');
    expect(page.navigate).not.toHaveBeenCalled();
    expect(page.listeners()).toBe(0);
  });

  it("rejects 'aborted' when aborted during detection, with the reason as cause, and never falls back", async () => {
    const { page, launcher } = setup();
    const { controller, signal, listeners } = trackedAbort();
    const promise = launcher.launch(link, { signal, fallbackUrl });
    page.advance(1000);
    const reason = new Error('user cancelled');
    controller.abort(reason);
    const error = await rejection(promise);
    expect(error.code).toBe('aborted');
    expect(error.cause).toBe(reason);
    expect(page.listeners()).toBe(0);
    expect(listeners()).toBe(0);
    page.advance(10_000);
    expect(page.navigate.mock.calls).toEqual([[link]]);
  });

  it('lets a new launch start after an abort', async () => {
    const { page, launcher } = setup();
    const controller = new AbortController();
    const first = launcher.launch(link, { signal: controller.signal });
    controller.abort();
    await rejection(first);
    const second = launcher.launch(otherLink);
    expect(page.navigate.mock.calls).toEqual([[link], [otherLink]]);
    page.document.hide();
    await expect(second).resolves.toMatchObject({ outcome: 'opened' });
  });

  it('ignores an abort after the verdict', async () => {
    const { page, launcher } = setup();
    const controller = new AbortController();
    const promise = launcher.launch(link, { signal: controller.signal });
    page.document.hide();
    controller.abort();
    await expect(promise).resolves.toMatchObject({ outcome: 'opened' });
  });
});

describe('launch: single flight', () => {
  it('navigates once when the same link is launched again while pending, and both get the same result', async () => {
    const { page, launcher } = setup();
    const first = launcher.launch(link);
    page.advance(500);
    const second = launcher.launch(link);
    expect(page.navigate).toHaveBeenCalledTimes(1);
    page.advance(500);
    page.document.hide();
    const [a, b] = await Promise.all([first, second]);
    expect(a).toMatchObject({ outcome: 'opened', elapsedMs: 1000 });
    expect(b).toEqual(a);
  });

  it("rejects a different link with 'launch_pending' while one is pending, without navigating", async () => {
    const { page, launcher } = setup();
    const first = launcher.launch(link);
    const error = await rejection(launcher.launch(otherLink));
    expect(error.code).toBe('launch_pending');
    expect(page.navigate.mock.calls).toEqual([[link]]);
    page.document.hide();
    await expect(first).resolves.toMatchObject({ outcome: 'opened' });
  });

  it('navigates again for a launch after the previous one settled', async () => {
    const { page, launcher } = setup();
    const first = launcher.launch(link);
    page.advance(2500);
    await expect(first).resolves.toMatchObject({ outcome: 'not-opened' });
    const second = launcher.launch(link);
    expect(page.navigate.mock.calls).toEqual([[link], [link]]);
    page.document.hide();
    await expect(second).resolves.toMatchObject({ outcome: 'opened' });
    expect(second).not.toBe(first);
  });

  it('keeps separate launchers independent', async () => {
    const a = setup();
    const b = setup();
    const first = a.launcher.launch(link);
    const second = b.launcher.launch(otherLink);
    expect(a.page.navigate.mock.calls).toEqual([[link]]);
    expect(b.page.navigate.mock.calls).toEqual([[otherLink]]);
    a.page.document.hide();
    b.page.document.hide();
    await Promise.all([first, second]);
  });

  it('is not left pending when navigation itself ends the launch (pagehide during navigate)', async () => {
    const { page, launcher } = setup();
    page.navigate.mockImplementationOnce(() => page.window.fire('pagehide'));
    await expect(launcher.launch(link)).resolves.toMatchObject({ outcome: 'opened', elapsedMs: 0 });
    const next = launcher.launch(otherLink);
    expect(page.navigate).toHaveBeenCalledTimes(2);
    page.document.hide();
    await expect(next).resolves.toMatchObject({ outcome: 'opened' });
  });
});

describe('launch: failures', () => {
  it("rejects 'launch_failed' with the original error as cause when navigation throws, and is not stuck pending", async () => {
    const { page, launcher } = setup();
    const failure = new Error('navigation blocked');
    page.navigate.mockImplementationOnce(() => {
      throw failure;
    });
    const error = await rejection(launcher.launch(link, { fallbackUrl }));
    expect(error.code).toBe('launch_failed');
    expect(error.cause).toBe(failure);

    const again = launcher.launch(otherLink);
    expect(page.navigate).toHaveBeenLastCalledWith(otherLink);
    page.document.hide();
    await expect(again).resolves.toMatchObject({ outcome: 'opened' });
  });

  const badLinks: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['an empty object', {}],
    ['an array holding a qyx:// link', ['qyx://thirdlogin?app_id=a']],
    ['an object whose toString gives a qyx:// link', { toString: () => 'qyx://thirdlogin?app_id=a' }],
    ['an empty string', ''],
    ["'https://x'", 'https://x'],
    ["'javascript:alert(1)'", 'javascript:alert(1)'],
    ["'qyx://' alone", 'qyx://'],
    ['a qyx:// link with leading space', ' qyx://thirdlogin?app_id=a'],
  ];

  it.each(badLinks)("rejects 'invalid_option' for %s as the link, without navigating", async (_, bad) => {
    const { page, launcher } = setup();
    const promise = launcher.launch(bad as string);
    expect(page.navigate).not.toHaveBeenCalled();
    const error = await rejection(promise);
    expect(error.code).toBe('invalid_option');
    expect(error.message).toContain('link');
    expect(page.listeners()).toBe(0);
  });

  it.each(['javascript:alert(1)', '/download', 'download.html', '//vvchat.example/download', 'qyx://thirdlogin?app_id=a', 42])(
    "rejects 'invalid_option' for the fallbackUrl %j before any navigation",
    async (bad) => {
      const { page, launcher } = setup();
      const error = await rejection(launcher.launch(link, { fallbackUrl: bad as string }));
      expect(error.code).toBe('invalid_option');
      expect(error.message).toContain('fallbackUrl');
      expect(page.navigate).not.toHaveBeenCalled();
    },
  );

  it.each([-1, Number.NaN, '5', Number.POSITIVE_INFINITY, null])(
    "rejects 'invalid_option' for the timeoutMs %j without navigating",
    async (bad) => {
      const { page, launcher } = setup();
      const error = await rejection(launcher.launch(link, { timeoutMs: bad as number }));
      expect(error.code).toBe('invalid_option');
      expect(error.message).toContain('timeoutMs');
      expect(page.navigate).not.toHaveBeenCalled();
    },
  );

  it('does not let an invalid launch disturb the pending one', async () => {
    const { page, launcher } = setup();
    const first = launcher.launch(link);
    await rejection(launcher.launch(link, { timeoutMs: -1 }));
    await rejection(launcher.launch('https://x'));
    expect(page.navigate).toHaveBeenCalledTimes(1);
    page.document.hide();
    await expect(first).resolves.toMatchObject({ outcome: 'opened' });
  });

  it('never throws synchronously: every call returns a promise, and every rejection is a VVChatError', async () => {
    const { page, launcher } = setup();
    const throwingOptions = {
      get timeoutMs(): number {
        throw new Error('getter');
      },
    };
    const calls: [unknown, unknown][] = [
      [42, undefined],
      ['https://x', undefined],
      [link, { timeoutMs: Number.NaN }],
      [link, { fallbackUrl: 'javascript:alert(1)' }],
      [link, throwingOptions],
      [link, null],
      [link, 'options'],
      [otherLink, undefined],
    ];
    const promises: Promise<unknown>[] = [];
    for (const [value, options] of calls) {
      let promise: unknown;
      expect(() => (promise = launcher.launch(value as string, options as LaunchOptions))).not.toThrow();
      expect(promise).toBeInstanceOf(Promise);
      promises.push(promise as Promise<unknown>);
    }
    page.document.hide();
    for (const result of await Promise.all(promises.map(settled))) {
      if ('error' in result && result.error instanceof Error && result.error.message === 'getter') continue;
      if ('error' in result) expect(isVVChatError(result.error), String(result.error)).toBe(true);
    }
  });
});

describe('launch outside a browser', () => {
  it('runs in a node environment without window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it("rejects 'no_browser' from the package's default launch", async () => {
    const { launch } = await import('@vvchat/core');
    let promise: Promise<unknown> | undefined;
    expect(() => (promise = launch(link))).not.toThrow();
    expect((await rejection(promise!)).code).toBe('no_browser');
  });

  it("rejects 'no_browser' from createLauncher() without an environment", async () => {
    expect((await rejection(createLauncher().launch(link))).code).toBe('no_browser');
    expect((await rejection(createLauncher({}).launch(link, { fallbackUrl, timeoutMs: 10 }))).code).toBe('no_browser');
  });

  it("rejects 'no_browser' when the environment has no window or no document", async () => {
    const page = fakePage();
    const { window: _window, ...noWindow } = page.environment;
    const { document: _document, ...noDocument } = page.environment;
    expect((await rejection(createLauncher(noWindow).launch(link))).code).toBe('no_browser');
    expect((await rejection(createLauncher(noDocument).launch(link))).code).toBe('no_browser');
    expect(page.navigate).not.toHaveBeenCalled();
  });

  it('settles with a result or a VVChatError, and is not left pending, given only window, document and navigate', async () => {
    vi.useFakeTimers();
    const page = fakePage();
    const launcher = createLauncher({ window: page.window, document: page.document, navigate: (url) => page.navigate(url) });
    const first = settled(launcher.launch(link));
    vi.advanceTimersByTime(10_000);
    const outcome = await first;
    if ('error' in outcome) expect.soft(isVVChatError(outcome.error), String(outcome.error)).toBe(true);
    else expect.soft(outcome.value).toMatchObject({ outcome: 'not-opened' });

    const second = settled(launcher.launch(otherLink));
    vi.advanceTimersByTime(10_000);
    const next = await second;
    if ('error' in next) expect.soft(next.error).not.toMatchObject({ code: 'launch_pending' });
  });
});

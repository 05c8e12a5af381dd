import { afterEach, describe, expect, it, vi } from 'vitest';
import { createShareFlow, parseDeepLink, type ShareContent, type ShareStatus } from '@vvchat/core';
import { appId, configOf, errorOf, fakeLauncher, flush, manualLauncher, stubPage, fakeClock, type FakePage } from './support';

const content: ShareContent = { title: '新品上市', url: 'https://shop.example/items/42', subTitle: '今日包邮' };
/** How long after the page is shown again a share result may still arrive. */
const graceMs = 1500;

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function setup() {
  const launcher = manualLauncher();
  const config = configOf(launcher);
  const flow = createShareFlow();
  return { launcher, flow, config, share: (shared: ShareContent = content) => flow.share(shared, config) };
}

/** A share flow that launched and whose app opened (with the page hidden, as it is then): `waiting`. */
async function waiting(page?: FakePage) {
  const made = setup();
  made.share();
  page?.hide();
  made.launcher.answer('opened');
  await flush();
  expect(made.flow.get()).toEqual({ status: 'waiting' });
  return made;
}

describe('createShareFlow: share', () => {
  it("starts in 'idle'", () => {
    expect(createShareFlow().get()).toEqual({ status: 'idle' });
  });

  it("calls the launcher with a qyx://share link carrying the config's appId, before share() returns", () => {
    const launcher = fakeLauncher();
    createShareFlow().share(content, configOf(launcher));
    expect(launcher.launch).toHaveBeenCalledTimes(1);
    const link = launcher.launch.mock.calls[0]![0];
    expect(link).toMatch(/^qyx:\/\/share\?app_id=test-app&/);
    expect(parseDeepLink(link)).toEqual({ action: 'share', appId, ...content });
  });

  it('ignores an appId smuggled into the content', () => {
    const launcher = fakeLauncher();
    createShareFlow().share({ ...content, appId: 'other' } as ShareContent, configOf(launcher));
    expect(parseDeepLink(launcher.launch.mock.calls[0]![0])).toMatchObject({ appId });
  });

  it('passes an advanced share template through to the link', () => {
    const launcher = fakeLauncher();
    const data = { tplHeader: 'vctalk', tplVersion: 'v1', tplType: 'MultipleLine', data: ['¥99', '今日包邮'] };
    createShareFlow().share({ ...content, data }, configOf(launcher));
    expect(parseDeepLink(launcher.launch.mock.calls[0]![0])).toMatchObject({ data });
  });

  it("moves to 'launching' with the link and config, then 'waiting' once the app opened", async () => {
    const { launcher, flow, share, config } = setup();
    const seen: ShareStatus[] = [];
    flow.subscribe((state) => seen.push(state.status));
    share();
    expect(flow.get()).toEqual({ status: 'launching', link: launcher.launch.mock.calls[0]![0], config, content });
    launcher.answer('opened');
    await flush();
    expect(flow.get()).toEqual({ status: 'waiting' });
    expect(seen).toEqual(['launching', 'waiting']);
  });

  it("ends in 'unknown' when the launch outcome is 'unknown' (left in doubt)", async () => {
    const { launcher, flow, share } = setup();
    share();
    launcher.answer('unknown');
    await flush();
    expect(flow.get()).toEqual({ status: 'unknown' });
  });

  it.each([
    ['a missing title', { url: 'https://shop.example/' }, 'title'],
    ['a blank title', { title: '  ', url: 'https://shop.example/' }, 'title'],
    ['a bad url', { title: 'T', url: 'shop.example/items' }, 'url'],
    ['a missing url', { title: 'T' }, 'url'],
    ['a non-http url', { title: 'T', url: 'javascript:alert(1)' }, 'url'],
    ['a bad thumbUrl', { title: 'T', url: 'https://shop.example/', thumbUrl: 'thumb.png' }, 'thumbUrl'],
    ['template data that is not strings', { title: 'T', url: 'https://shop.example/', data: { tplHeader: 'h', tplVersion: 'v', tplType: 't', data: [1] } }, 'data'],
  ])("ends %s in 'error' invalid_option without launching", (_, bad, option) => {
    const launcher = fakeLauncher();
    const flow = createShareFlow();
    expect(() => {
      flow.share(bad as ShareContent, configOf(launcher));
    }).not.toThrow();
    const error = errorOf(flow.get());
    expect(error.code).toBe('invalid_option');
    expect(error.message).toContain(option);
    expect(flow.get()).toEqual({ status: 'error', error });
    expect(launcher.launch).not.toHaveBeenCalled();
  });

  it("ends in 'error' invalid_option for a blank appId in the config", () => {
    const launcher = fakeLauncher();
    const flow = createShareFlow();
    flow.share(content, configOf(launcher, undefined, { appId: ' ' }));
    expect(errorOf(flow.get()).code).toBe('invalid_option');
    expect(launcher.launch).not.toHaveBeenCalled();
  });

  it("ends not-opened in 'error' not_opened", async () => {
    const { launcher, flow, share } = setup();
    share();
    launcher.answer('not-opened');
    await flush();
    expect(errorOf(flow.get()).code).toBe('not_opened');
  });

  it('starts no second share while launching', () => {
    const { launcher, flow, share } = setup();
    share();
    const before = flow.get();
    share({ ...content, title: 'Second' });
    share({ title: '', url: '' }); // Not even checked: no error either.
    expect(flow.get()).toBe(before);
    expect(launcher.launch).toHaveBeenCalledTimes(1);
  });

  it('starts no second share while waiting', async () => {
    const { launcher, flow, share } = await waiting();
    share({ ...content, title: 'Second' });
    expect(flow.get()).toEqual({ status: 'waiting' });
    expect(launcher.launch).toHaveBeenCalledTimes(1);
  });

  it.each(['success', 'failed', 'unknown', 'error'] as const)('shares again after %s', async (end) => {
    fakeClock();
    const page = stubPage();
    const { launcher, flow, share } = await waiting(page);
    if (end === 'success') flow.deliver({ code: 200 });
    if (end === 'failed') flow.deliver({ code: 400 });
    if (end === 'unknown') {
      page.show();
      vi.advanceTimersByTime(graceMs);
    }
    if (end === 'error') flow.deliver('junk');
    expect(flow.get().status).toBe(end);
    share();
    expect(flow.get()).toMatchObject({ status: 'launching' });
    expect(launcher.launch).toHaveBeenCalledTimes(2);
  });
});

describe('createShareFlow: deliver', () => {
  it("ends in 'success' with the result on { code: 200 } while waiting, and tells on('success') once", async () => {
    const { flow } = await waiting();
    const onSuccess = vi.fn();
    flow.on('success', (state) => {
      onSuccess(state.result);
    });
    flow.deliver({ code: 200 });
    flow.deliver({ code: 200 });
    expect(flow.get()).toEqual({ status: 'success', result: { ok: true, code: 200 } });
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(onSuccess).toHaveBeenCalledWith({ ok: true, code: 200 });
  });

  it("ends in 'failed' with result.message on { code: 400, err_msg } while waiting, and no error", async () => {
    const { flow } = await waiting();
    flow.deliver({ code: 400, err_msg: 'x' });
    expect(flow.get()).toEqual({ status: 'failed', result: { ok: false, code: 400, message: 'x' } });
    expect(flow.get()).not.toHaveProperty('error');
  });

  it('reads a result from a JSON string or a URL as well', async () => {
    const a = await waiting();
    a.flow.deliver('{"code":200}');
    expect(a.flow.get().status).toBe('success');
    const b = await waiting();
    b.flow.deliver('https://shop.example/?code=400&err_msg=%E8%AF%B7%E6%B1%82%E5%A4%B1%E8%B4%A5');
    expect(b.flow.get()).toEqual({ status: 'failed', result: { ok: false, code: 400, message: '请求失败' } });
  });

  it('accepts a result that arrives while still launching', () => {
    const { flow, share } = setup();
    share();
    flow.deliver({ code: 200 });
    expect(flow.get().status).toBe('success');
  });

  it("stays in 'success' when the launch settles after the result arrived", async () => {
    const { launcher, flow, share } = setup();
    share();
    flow.deliver({ code: 200 });
    launcher.answer('not-opened');
    await flush();
    expect(flow.get().status).toBe('success');
  });

  it.each([['junk'], [{}], [{ code: 'abc' }], [{ code: 400, err_msg: { nested: true } }], [null], [42], ['{not json']])(
    "ends %j in 'error' invalid_callback while waiting",
    async (junk) => {
      const { flow } = await waiting();
      expect(() => {
        flow.deliver(junk);
      }).not.toThrow();
      expect(errorOf(flow.get()).code).toBe('invalid_callback');
    },
  );

  it('ignores a result while idle', () => {
    const { flow } = setup();
    const listener = vi.fn();
    flow.subscribe(listener);
    flow.deliver({ code: 200 });
    flow.deliver('junk');
    expect(flow.get()).toEqual({ status: 'idle' });
    expect(listener).not.toHaveBeenCalled();
  });

  it.each(['success', 'failed', 'unknown', 'error'] as const)('ignores a result after %s', async (end) => {
    const { flow, launcher, share } = end === 'unknown' ? setup() : await waiting();
    if (end === 'unknown') {
      share();
      launcher.answer('unknown');
      await flush();
    }
    if (end === 'success') flow.deliver({ code: 200 });
    if (end === 'failed') flow.deliver({ code: 400, err_msg: 'x' });
    if (end === 'error') flow.deliver('junk');
    expect(flow.get().status).toBe(end);
    const before = flow.get();
    flow.deliver({ code: 400, err_msg: 'late' });
    flow.deliver({ code: 200 });
    flow.deliver('junk');
    expect(flow.get()).toBe(before);
  });
});

describe('createShareFlow: the page shown again', () => {
  it(`ends in 'unknown' ${graceMs} ms after the page is shown again while waiting with no result`, async () => {
    fakeClock();
    const page = stubPage();
    const { flow } = await waiting(page);
    page.show();
    vi.advanceTimersByTime(graceMs - 1);
    expect(flow.get()).toEqual({ status: 'waiting' });
    vi.advanceTimersByTime(1);
    expect(flow.get()).toEqual({ status: 'unknown' });
  });

  it('lets a result that arrives within the grace period win', async () => {
    fakeClock();
    const page = stubPage();
    const { flow } = await waiting(page);
    page.show();
    vi.advanceTimersByTime(graceMs - 1);
    flow.deliver({ code: 200 });
    vi.advanceTimersByTime(graceMs);
    expect(flow.get()).toEqual({ status: 'success', result: { ok: true, code: 200 } });
  });

  it('starts the grace period over when the page hides and shows again', async () => {
    fakeClock();
    const page = stubPage();
    const { flow } = await waiting(page);
    page.show();
    vi.advanceTimersByTime(1000);
    page.hide(); // Back in the app before the grace period ended.
    vi.advanceTimersByTime(graceMs * 2);
    expect(flow.get().status).toBe('waiting');
    page.show();
    vi.advanceTimersByTime(graceMs);
    expect(flow.get().status).toBe('unknown');
  });

  it('changes nothing when the page is shown in any other status', async () => {
    fakeClock();
    const page = stubPage();
    const idle = setup();
    page.hide();
    page.show();
    vi.advanceTimersByTime(graceMs);
    expect(idle.flow.get()).toEqual({ status: 'idle' });

    const launching = setup();
    launching.share();
    page.hide();
    page.show();
    vi.advanceTimersByTime(graceMs);
    expect(launching.flow.get()).toMatchObject({ status: 'launching' });

    for (const payload of [{ code: 200 }, { code: 400 }, 'junk']) {
      const { flow } = await waiting(page);
      flow.deliver(payload);
      const before = flow.get();
      page.show();
      vi.advanceTimersByTime(graceMs);
      expect(flow.get()).toBe(before);
    }

    const unknown = await waiting(page);
    page.show();
    vi.advanceTimersByTime(graceMs);
    const before = unknown.flow.get();
    expect(before.status).toBe('unknown');
    page.hide();
    page.show();
    vi.advanceTimersByTime(graceMs);
    expect(unknown.flow.get()).toBe(before);
  });

  it('ignores the grace period once reset', async () => {
    fakeClock();
    const page = stubPage();
    const { flow } = await waiting(page);
    page.show();
    flow.reset();
    vi.advanceTimersByTime(graceMs);
    expect(flow.get()).toEqual({ status: 'idle' });
  });

  it('keeps waiting for a result where there is no document (node): no grace period', async () => {
    fakeClock();
    const { flow } = await waiting();
    vi.advanceTimersByTime(60_000);
    expect(flow.get()).toEqual({ status: 'waiting' });
    flow.deliver({ code: 200 });
    expect(flow.get().status).toBe('success');
  });

  // The launcher also says 'opened' for a timer that fired late (the page was frozen with the app
  // in front) and the page may be visible again by then. The waiting effect only starts the grace
  // timer on a later visibilitychange, so the flow waits forever and share() is refused meanwhile.
  it("ends in 'unknown' when the app opened, the page is already visible again and no result comes", async () => {
    fakeClock();
    stubPage();
    const { flow, launcher, share } = setup();
    share();
    launcher.answer('opened'); // A late timer: the page never reported hidden, and is visible.
    await flush();
    vi.advanceTimersByTime(60_000);
    expect(flow.get()).toEqual({ status: 'unknown' });
  });
});

describe('createShareFlow: reset', () => {
  it("goes back to 'idle' from waiting, success and error", async () => {
    const { flow } = await waiting();
    flow.reset();
    expect(flow.get()).toEqual({ status: 'idle' });
    const done = await waiting();
    done.flow.deliver({ code: 200 });
    const reset = () => done.flow.reset();
    reset();
    expect(done.flow.get()).toEqual({ status: 'idle' });
    const bad = setup();
    bad.share({ title: '', url: '' });
    bad.flow.reset();
    expect(bad.flow.get()).toEqual({ status: 'idle' });
  });

  it('ignores a result after reset', async () => {
    const { flow } = await waiting();
    flow.reset();
    flow.deliver({ code: 200 });
    expect(flow.get()).toEqual({ status: 'idle' });
  });

  it('ignores the launch answer once reset during launching', async () => {
    const { flow, launcher, share } = setup();
    share();
    flow.reset();
    launcher.answer('opened');
    await flush();
    expect(flow.get()).toEqual({ status: 'idle' });
  });
});

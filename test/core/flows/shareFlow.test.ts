import { describe, expect, it, vi } from 'vitest';
import { createShareFlow, parseDeepLink, type ShareContent, type ShareStatus } from '@vvchat/core';
import { appId, contextOf, errorOf, fakeLauncher, flush, manualLauncher } from './support';

const content: ShareContent = { title: '新品上市', url: 'https://shop.example/items/42', subTitle: '今日包邮' };

function setup() {
  const launcher = manualLauncher();
  const flow = createShareFlow(contextOf(launcher));
  return { launcher, flow };
}

/** A share flow that launched and whose app opened: `waiting`. */
async function waiting() {
  const made = setup();
  made.flow.share(content);
  made.launcher.answer('opened');
  await flush();
  expect(made.flow.get()).toEqual({ status: 'waiting' });
  return made;
}

describe('createShareFlow: share', () => {
  it("starts in 'idle'", () => {
    expect(setup().flow.get()).toEqual({ status: 'idle' });
  });

  it('calls the launcher with a qyx://share link carrying the appId from the context', () => {
    const launcher = fakeLauncher();
    createShareFlow(contextOf(launcher)).share(content);
    expect(launcher.launch).toHaveBeenCalledTimes(1);
    const link = launcher.launch.mock.calls[0]![0];
    expect(link).toMatch(/^qyx:\/\/share\?app_id=test-app&/);
    expect(parseDeepLink(link)).toEqual({ action: 'share', appId, ...content });
  });

  it('ignores an appId smuggled into the content', () => {
    const launcher = fakeLauncher();
    createShareFlow(contextOf(launcher)).share({ ...content, appId: 'other' } as ShareContent);
    expect(parseDeepLink(launcher.launch.mock.calls[0]![0])).toMatchObject({ appId });
  });

  it('passes an advanced share template through to the link', () => {
    const launcher = fakeLauncher();
    const data = { tplHeader: 'vctalk', tplVersion: 'v1', tplType: 'MultipleLine', data: ['¥99', '今日包邮'] };
    createShareFlow(contextOf(launcher)).share({ ...content, data });
    expect(parseDeepLink(launcher.launch.mock.calls[0]![0])).toMatchObject({ data });
  });

  it("moves to 'launching', then 'waiting' once the app opened", async () => {
    const { launcher, flow } = setup();
    const seen: ShareStatus[] = [];
    flow.subscribe((state) => seen.push(state.status));
    flow.share(content);
    expect(flow.get()).toEqual({ status: 'launching' });
    launcher.answer('opened');
    await flush();
    expect(flow.get()).toEqual({ status: 'waiting' });
    expect(seen).toEqual(['launching', 'waiting']);
  });

  it("waits as well when the launch outcome is 'unknown'", async () => {
    const { launcher, flow } = setup();
    flow.share(content);
    launcher.answer('unknown');
    await flush();
    expect(flow.get().status).toBe('waiting');
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
    const flow = createShareFlow(contextOf(launcher));
    expect(() => {
      flow.share(bad as ShareContent);
    }).not.toThrow();
    expect(flow.get().status).toBe('error');
    const error = errorOf(flow.get());
    expect(error.code).toBe('invalid_option');
    expect(error.message).toContain(option);
    expect(launcher.launch).not.toHaveBeenCalled();
  });

  it("ends not-opened in 'error' not_opened", async () => {
    const { launcher, flow } = setup();
    flow.share(content);
    launcher.answer('not-opened');
    await flush();
    expect(flow.get().status).toBe('error');
    expect(errorOf(flow.get()).code).toBe('not_opened');
  });

  it('starts no second share while launching', () => {
    const { launcher, flow } = setup();
    flow.share(content);
    const before = flow.get();
    flow.share({ ...content, title: 'Second' });
    expect(flow.get()).toBe(before);
    expect(launcher.launch).toHaveBeenCalledTimes(1);
  });

  it('starts no second share while waiting', async () => {
    const { launcher, flow } = await waiting();
    flow.share({ ...content, title: 'Second' });
    expect(flow.get()).toEqual({ status: 'waiting' });
    expect(launcher.launch).toHaveBeenCalledTimes(1);
  });

  it.each(['success', 'failed', 'unknown', 'error'] as const)('shares again after %s', async (end) => {
    const { launcher, flow } = await waiting();
    if (end === 'success') flow.deliver({ code: 200 });
    if (end === 'failed') flow.deliver({ code: 400 });
    if (end === 'unknown') flow.returned();
    if (end === 'error') flow.deliver('junk');
    expect(flow.get().status).toBe(end);
    flow.share(content);
    expect(flow.get()).toEqual({ status: 'launching' });
    expect(launcher.launch).toHaveBeenCalledTimes(2);
  });
});

describe('createShareFlow: deliver', () => {
  it("ends in 'success' with the result on { code: 200 } while waiting", async () => {
    const { flow } = await waiting();
    flow.deliver({ code: 200 });
    expect(flow.get()).toEqual({ status: 'success', result: { ok: true, code: 200 } });
  });

  it("ends in 'failed' with result.message on { code: 400, err_msg } while waiting", async () => {
    const { flow } = await waiting();
    flow.deliver({ code: 400, err_msg: 'x' });
    expect(flow.get()).toEqual({ status: 'failed', result: { ok: false, code: 400, message: 'x' } });
    expect(flow.get().error).toBeUndefined();
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
    const { flow } = setup();
    flow.share(content);
    flow.deliver({ code: 200 });
    expect(flow.get().status).toBe('success');
  });

  it("stays in 'success' when the launch settles after the result arrived", async () => {
    const { launcher, flow } = setup();
    flow.share(content);
    flow.deliver({ code: 200 });
    launcher.answer('opened');
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
      expect(flow.get().status).toBe('error');
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
    const { flow } = await waiting();
    if (end === 'success') flow.deliver({ code: 200 });
    if (end === 'failed') flow.deliver({ code: 400, err_msg: 'x' });
    if (end === 'unknown') flow.returned();
    if (end === 'error') flow.deliver('junk');
    const before = flow.get();
    flow.deliver({ code: 400, err_msg: 'late' });
    flow.deliver({ code: 200 });
    flow.deliver('junk');
    expect(flow.get()).toBe(before);
  });
});

describe('createShareFlow: returned', () => {
  it("ends in 'unknown' when the page is shown again while waiting", async () => {
    const { flow } = await waiting();
    flow.returned();
    expect(flow.get()).toEqual({ status: 'unknown' });
  });

  it('does nothing in any other status', async () => {
    const idle = setup();
    idle.flow.returned();
    expect(idle.flow.get()).toEqual({ status: 'idle' });

    const launching = setup();
    launching.flow.share(content);
    launching.flow.returned();
    expect(launching.flow.get()).toEqual({ status: 'launching' });

    for (const payload of [{ code: 200 }, { code: 400 }, 'junk']) {
      const { flow } = await waiting();
      flow.deliver(payload);
      const before = flow.get();
      flow.returned();
      expect(flow.get()).toBe(before);
    }

    const unknown = await waiting();
    unknown.flow.returned();
    const before = unknown.flow.get();
    unknown.flow.returned();
    expect(unknown.flow.get()).toBe(before);
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
    bad.flow.share({ title: '', url: '' });
    bad.flow.reset();
    expect(bad.flow.get()).toEqual({ status: 'idle' });
  });

  it('ignores a result after reset', async () => {
    const { flow } = await waiting();
    flow.reset();
    flow.deliver({ code: 200 });
    expect(flow.get()).toEqual({ status: 'idle' });
  });
});

import { describe, expect, it } from 'vitest';
import { buildLoginLink, createLauncher, type LaunchEnvironment, type VVChatEnvironment } from '@vvchat/core';
import { fakePage } from './fakePage';

const link = buildLoginLink({ appId: 'test', state: 'STATE', redirectUri: 'https://shop.example/cb' });
const fallbackUrl = 'https://vvchat.example/download';

function launcherIn(where: VVChatEnvironment, active: boolean | undefined = true, extra: Partial<LaunchEnvironment> = {}) {
  const page = fakePage();
  const launcher = createLauncher({ ...page.environment, detect: () => where, userActivation: () => active, ...extra });
  return { page, launcher };
}

describe('the launcher decides before it navigates', () => {
  const blockingApps = ['wechat', 'wecom', 'qq', 'weibo', 'alipay', 'dingtalk', 'douyin', 'tiktok', 'baidu', 'instagram', 'facebook', 'line'] as const;

  it.each(blockingApps)('resolves blocked in-app-browser inside %s without navigating or falling back', async (app) => {
    const { page, launcher } = launcherIn({ kind: 'in-app', app, os: 'android' });
    const result = await launcher.launch(link, { fallbackUrl });
    expect(result).toEqual({ outcome: 'blocked', reason: 'in-app-browser', app, elapsedMs: 0, evidence: { signal: 'environment', blurred: false } });
    expect(page.navigate).not.toHaveBeenCalled();
    expect(page.listeners()).toBe(0);
    expect(page.pendingTimers()).toBe(0);
  });

  it("sends WeChat on a computer to the desktop's way out (a phone), naming the app", async () => {
    const { page, launcher } = launcherIn({ kind: 'in-app', app: 'wechat', os: 'other' });
    await expect(launcher.launch(link)).resolves.toMatchObject({ outcome: 'blocked', reason: 'desktop', app: 'wechat' });
    await expect(launcher.launch(link, { desktop: 'launch' })).resolves.toMatchObject({ outcome: 'blocked', reason: 'in-app-browser', app: 'wechat' });
    expect(page.navigate).not.toHaveBeenCalled();
  });

  it('tries a generic webview: its host app may open the link', async () => {
    const { page, launcher } = launcherIn({ kind: 'in-app', app: 'webview', os: 'android' });
    const promise = launcher.launch(link);
    expect(page.navigate).toHaveBeenCalledWith(link);
    page.document.hide();
    await expect(promise).resolves.toMatchObject({ outcome: 'opened' });
  });

  it('resolves blocked desktop on a desktop, unless desktop is launch', async () => {
    const blocked = launcherIn({ kind: 'desktop' });
    await expect(blocked.launcher.launch(link, { fallbackUrl })).resolves.toMatchObject({ outcome: 'blocked', reason: 'desktop' });
    expect(blocked.page.navigate).not.toHaveBeenCalled();

    const tried = launcherIn({ kind: 'desktop' });
    const promise = tried.launcher.launch(link, { fallbackUrl, desktop: 'launch' });
    expect(tried.page.navigate).toHaveBeenCalledWith(link);
    tried.page.advance(2500);
    await expect(promise).resolves.toMatchObject({ outcome: 'not-opened', evidence: { signal: 'timeout', blurred: false, timerLateMs: 0 } });
    expect(tried.page.navigate).toHaveBeenLastCalledWith(fallbackUrl);
  });

  it('resolves blocked no-user-activation outside a tap, never reaching fallbackUrl', async () => {
    const { page, launcher } = launcherIn({ kind: 'mobile', os: 'ios' }, false);
    await expect(launcher.launch(link, { fallbackUrl })).resolves.toMatchObject({
      outcome: 'blocked',
      reason: 'no-user-activation',
      evidence: { signal: 'activation' },
    });
    expect(page.navigate).not.toHaveBeenCalled();
  });

  it('tries when the browser cannot tell about activation (no navigator.userActivation)', async () => {
    const { page, launcher } = launcherIn({ kind: 'mobile', os: 'ios' }, undefined);
    void launcher.launch(link);
    expect(page.navigate).toHaveBeenCalledWith(link);
  });

  it('names the in-app browser over the missing tap, and the desktop over it too', async () => {
    await expect(launcherIn({ kind: 'in-app', app: 'wechat', os: 'ios' }, false).launcher.launch(link)).resolves.toMatchObject({
      reason: 'in-app-browser',
    });
    await expect(launcherIn({ kind: 'desktop' }, false).launcher.launch(link)).resolves.toMatchObject({ reason: 'desktop' });
    await expect(launcherIn({ kind: 'desktop' }, false).launcher.launch(link, { desktop: 'launch' })).resolves.toMatchObject({
      reason: 'no-user-activation',
    });
  });

  it("tries VVChat's own webview, unknown places and a detector that throws", async () => {
    for (const where of [{ kind: 'vvchat' }, { kind: 'unknown' }, { kind: 'mobile', os: 'harmony' }] as VVChatEnvironment[]) {
      const { page, launcher } = launcherIn(where);
      void launcher.launch(link);
      expect(page.navigate, where.kind).toHaveBeenCalledWith(link);
    }
    const throwing = launcherIn({ kind: 'desktop' }, true, {
      detect: () => {
        throw new Error('no user agent');
      },
    });
    void throwing.launcher.launch(link);
    expect(throwing.page.navigate).toHaveBeenCalledWith(link);
  });

  it("rejects invalid_option for a desktop option that is neither 'block' nor 'launch'", async () => {
    const { launcher } = launcherIn({ kind: 'desktop' });
    // @ts-expect-error a wrong value from untyped code
    const error: unknown = await launcher.launch(link, { desktop: 'yes' }).catch((failure: unknown) => failure);
    expect(error).toMatchObject({ code: 'invalid_option' });
    expect(String(error)).toContain('desktop');
  });

  it('does not hold a pending launch after a block: the next tap launches', async () => {
    let active = false;
    const page = fakePage();
    const launcher = createLauncher({ ...page.environment, userActivation: () => active });
    await expect(launcher.launch(link)).resolves.toMatchObject({ outcome: 'blocked' });
    active = true;
    const promise = launcher.launch(link);
    expect(page.navigate).toHaveBeenCalledTimes(1);
    page.document.hide();
    await expect(promise).resolves.toMatchObject({ outcome: 'opened', evidence: { signal: 'hidden' } });
  });
});

describe('launch evidence', () => {
  it('names the signal each verdict rests on', async () => {
    const hidden = launcherIn({ kind: 'mobile', os: 'android' });
    const a = hidden.launcher.launch(link);
    hidden.page.window.fire('blur');
    hidden.page.document.hide();
    await expect(a).resolves.toMatchObject({ outcome: 'opened', evidence: { signal: 'hidden', blurred: true } });

    const left = launcherIn({ kind: 'mobile', os: 'android' });
    const b = left.launcher.launch(link);
    left.page.window.fire('pagehide');
    await expect(b).resolves.toMatchObject({ outcome: 'opened', evidence: { signal: 'pagehide' } });

    const frozen = launcherIn({ kind: 'mobile', os: 'android' });
    const c = frozen.launcher.launch(link);
    frozen.page.freeze(4000);
    await expect(c).resolves.toMatchObject({ outcome: 'opened', evidence: { signal: 'late-timer', timerLateMs: 1500 } });

    const dismissed = launcherIn({ kind: 'mobile', os: 'android' });
    const d = dismissed.launcher.launch(link);
    dismissed.page.window.fire('blur');
    dismissed.page.advance(2500);
    dismissed.page.window.fire('focus');
    await expect(d).resolves.toMatchObject({ outcome: 'not-opened', evidence: { signal: 'focus', blurred: true } });

    const prompt = launcherIn({ kind: 'mobile', os: 'android' });
    const e = prompt.launcher.launch(link);
    prompt.page.window.fire('blur');
    prompt.page.advance(5000);
    await expect(e).resolves.toMatchObject({ outcome: 'unknown', evidence: { signal: 'still-blurred', blurred: true, timerLateMs: 0 } });
  });
});

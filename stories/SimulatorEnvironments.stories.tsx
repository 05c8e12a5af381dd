import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { buildLoginLink, isVVChatError, type LaunchOptions } from '@vvchat/core';
import { createSimulator, type SimulatorEnvironment, type SimulatorLocale } from '@vvchat/simulator';

/** Where the simulated app "comes back" to (shown, never navigated to: the story stays put). */
const redirectUri = 'https://shop.example/login/return';
const fallbackUrl = 'https://vvchat.example/download';

const environments: SimulatorEnvironment[] = [
  'phone',
  'no-app',
  'slow-prompt',
  'desktop',
  'no-user-activation',
  'wechat',
  'wecom',
  'qq',
  'weibo',
  'alipay',
  'dingtalk',
  'douyin',
  'tiktok',
  'baidu',
  'instagram',
  'facebook',
  'line',
  'webview',
];

interface LaunchDemoProps {
  /** `createSimulator`'s `environment`. */
  environment: SimulatorEnvironment;
  /** The launch's `desktop`, as `VVChatProvider` passes it. */
  desktop?: LaunchOptions['desktop'];
  /** `createSimulator`'s `locale`. */
  locale?: SimulatorLocale;
}

/**
 * A plain button that launches a login link with the simulator and prints the `LaunchResult`:
 * no provider, no hook, no SDK button, only the launcher.
 */
function LaunchDemo({ environment, desktop, locale }: LaunchDemoProps) {
  const [result, setResult] = useState('(not launched)');
  const [returned, setReturned] = useState<string>();

  async function launch() {
    setResult('(launching…)');
    setReturned(undefined);
    try {
      const simulator = createSimulator({ environment, locale, navigate: setReturned });
      const launched = await simulator.launch(buildLoginLink({ appId: 'demo-app', redirectUri, state: 'demo-state' }), { desktop, fallbackUrl });
      setResult(JSON.stringify(launched, null, 2));
    } catch (error) {
      setResult(isVVChatError(error) ? `VVChatError ${error.code}: ${error.message}` : String(error));
    }
  }

  return (
    <div style={{ color: '#1d1d1f', fontSize: 14 }}>
      <button type="button" onClick={() => void launch()}>
        Launch the login link
      </button>
      <p style={{ margin: '16px 0 4px' }}>
        <code>LaunchResult</code>
      </p>
      <pre style={{ margin: 0, padding: 12, borderRadius: 8, background: '#f1f3f4', whiteSpace: 'pre-wrap' }}>
        <output data-testid="launch-result">{result}</output>
      </pre>
      {returned ? (
        <p>
          Back at <code>redirect_uri</code>: <code data-testid="returned">{returned}</code>
        </p>
      ) : null}
    </div>
  );
}

/**
 * `createSimulator({ environment })` reproduces, on a desktop browser, each place a merchant's
 * page is opened from: a phone with or without VVChat, the browser's own "Open in VVChat?"
 * prompt, a desktop, an in-app browser (WeChat, QQ, Weibo, Alipay, DingTalk…), a launch outside
 * a tap. Each story is one environment: tap the button and read the `LaunchResult`.
 *
 * ```ts
 * const launcher = createSimulator({ environment: 'wechat' });
 * await launcher.launch(buildLoginLink({ appId, redirectUri }));
 * // { outcome: 'blocked', reason: 'in-app-browser', app: 'wechat', elapsedMs: 0,
 * //   evidence: { signal: 'environment', blurred: false } }
 * ```
 *
 * A `blocked` launch resolves at once, shows nothing and navigates nowhere, as the browser's
 * launcher does; the SDK's buttons then open their guidance dialog. Pass the launcher to
 * `VVChatProvider` (`launcher={createSimulator({ environment })}`) to see the whole flow.
 *
 * What happens after the app opened can be as uncertain as in production too: a share whose
 * result never arrives (`shareResult: 'never'`) and a cancel the backend only knows as `pending`
 * (`createSimulatedBackend({ cancelledPayment: 'pending' })`): see Simulator / Options.
 */
const meta = {
  title: 'Simulator/Environments',
  component: LaunchDemo,
  tags: ['autodocs'],
  args: { environment: 'phone', locale: 'zh-CN' },
  argTypes: {
    environment: { control: 'select', options: environments },
    desktop: { control: 'inline-radio', options: ['block', 'launch'] },
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
  },
  // A fresh demo whenever the controls change.
  render: (args) => <LaunchDemo key={JSON.stringify(args)} {...args} />,
} satisfies Meta<typeof LaunchDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Taps the demo's button, as a user would. */
async function tap(canvasElement: HTMLElement) {
  await userEvent.click(within(canvasElement).getByRole('button', { name: 'Launch the login link' }));
}

/** Waits until the printed result contains every one of `parts`. */
async function expectResult(canvasElement: HTMLElement, ...parts: string[]) {
  const output = within(canvasElement).getByTestId('launch-result');
  await waitFor(
    async () => {
      for (const part of parts) await expect(output).toHaveTextContent(part);
    },
    { timeout: 5000 },
  );
}

/** Taps the button and waits for the result. */
async function launchAndExpect(canvasElement: HTMLElement, ...parts: string[]) {
  await tap(canvasElement);
  await expectResult(canvasElement, ...parts);
}

/** The simulated app's sheets and the browser's prompt are on `document.body`, outside the canvas. */
const body = () => within(document.body);

async function expectNothingShown() {
  await expect(body().queryByRole('dialog')).toBeNull();
  await expect(body().queryByRole('alertdialog')).toBeNull();
}

/** A phone with VVChat: the app's consent sheet opens and the launch ends `opened`. Deny goes back to `redirect_uri`. */
export const Phone: Story = {
  play: async ({ canvasElement }) => {
    await launchAndExpect(canvasElement, '"outcome": "opened"', '"signal": "hidden"', '"blurred": false');
    const sheet = await body().findByRole('dialog', { name: '授权登录' });
    await userEvent.click(within(sheet).getByRole('button', { name: '拒绝' }));
    await expect(within(canvasElement).getByTestId('returned')).toHaveTextContent('err_code=1');
  },
};

/** A phone without VVChat: `not-opened` after the latency; the sheet shows where `fallbackUrl` would take the user. */
export const NoApp: Story = {
  args: { environment: 'no-app' },
  play: async ({ canvasElement }) => {
    await launchAndExpect(canvasElement, '"outcome": "not-opened"', '"signal": "timeout"');
    const sheet = await body().findByRole('dialog', { name: '未安装 VVChat' });
    await expect(within(sheet).getByRole('link')).toHaveAttribute('href', fallbackUrl);
    await userEvent.keyboard('{Escape}');
  },
};

/**
 * The browser asks first (Safari, some Android browsers): the page is blurred while its prompt
 * shows, and the launch waits for the answer. 打开 (Open) goes on as on a phone: `opened`, with
 * `blurred: true`.
 */
export const SlowPrompt: Story = {
  args: { environment: 'slow-prompt' },
  play: async ({ canvasElement }) => {
    await tap(canvasElement);
    const prompt = await body().findByRole('alertdialog', { name: '在 VVChat 中打开？' });
    await expect(prompt).toHaveAccessibleDescription('此网页想要打开 VVChat');
    await expect(within(canvasElement).getByTestId('launch-result')).toHaveTextContent('(launching…)');
    await userEvent.click(within(prompt).getByRole('button', { name: '打开' }));
    await expectResult(canvasElement, '"outcome": "opened"', '"blurred": true');
    const sheet = await body().findByRole('dialog', { name: '授权登录' });
    await userEvent.click(within(sheet).getByRole('button', { name: '拒绝' }));
  },
};

/** The same prompt, answered 取消 (Cancel): `not-opened`, on the page's `focus`. Nothing opens. */
export const SlowPromptCancelled: Story = {
  args: { environment: 'slow-prompt' },
  play: async ({ canvasElement }) => {
    await tap(canvasElement);
    const prompt = await body().findByRole('alertdialog', { name: '在 VVChat 中打开？' });
    await userEvent.click(within(prompt).getByRole('button', { name: '取消' }));
    await expectResult(canvasElement, '"outcome": "not-opened"', '"signal": "focus"', '"blurred": true');
    await expectNothingShown();
  },
};

/** The prompt in English (`locale: 'en'`). */
export const SlowPromptEnglish: Story = {
  args: { environment: 'slow-prompt', locale: 'en' },
  play: async ({ canvasElement }) => {
    await tap(canvasElement);
    const prompt = await body().findByRole('alertdialog', { name: 'Open in VVChat?' });
    await userEvent.click(within(prompt).getByRole('button', { name: 'Cancel' }));
    await expectResult(canvasElement, '"outcome": "not-opened"');
  },
};

/**
 * The prompt as it shows, left open: what the browser asks before the app can open. It looks
 * like the system's alert, not like the app (no VVChat header, no sheet).
 */
export const SlowPromptShowing: Story = {
  args: { environment: 'slow-prompt' },
  // The prompt is on document.body: take it away before the next story renders.
  beforeEach: () => () => {
    for (const overlay of document.querySelectorAll('[data-vvchat-simulator]')) overlay.remove();
  },
  play: async ({ canvasElement }) => {
    await tap(canvasElement);
    const prompt = await body().findByRole('alertdialog', { name: '在 VVChat 中打开？' });
    await expect(within(prompt).getByRole('button', { name: '打开' })).toHaveFocus();
    await expect(within(canvasElement).getByTestId('launch-result')).toHaveTextContent('(launching…)');
  },
};

/** A desktop browser: `blocked`, `reason: 'desktop'`, at once. */
export const Desktop: Story = {
  args: { environment: 'desktop' },
  play: async ({ canvasElement }) => {
    await launchAndExpect(canvasElement, '"outcome": "blocked"', '"reason": "desktop"', '"elapsedMs": 0', '"signal": "environment"');
    await expectNothingShown();
  },
};

/** A desktop, with the provider's `desktop: 'launch'` (a desktop VVChat client): tried as on a phone. */
export const DesktopLaunch: Story = {
  args: { environment: 'desktop', desktop: 'launch' },
  play: async ({ canvasElement }) => {
    await launchAndExpect(canvasElement, '"outcome": "opened"');
    const sheet = await body().findByRole('dialog', { name: '授权登录' });
    await userEvent.click(within(sheet).getByRole('button', { name: '拒绝' }));
  },
};

/** A launch outside a tap (from a timer, after an `await`): `blocked`, `reason: 'no-user-activation'`. */
export const NoUserActivation: Story = {
  args: { environment: 'no-user-activation' },
  play: async ({ canvasElement }) => {
    await launchAndExpect(canvasElement, '"outcome": "blocked"', '"reason": "no-user-activation"', '"signal": "activation"');
    await expectNothingShown();
  },
};

/** An in-app browser that blocks `qyx://` links: `blocked`, `reason: 'in-app-browser'`, with `app`. */
const inApp = (environment: SimulatorEnvironment): Story => ({
  args: { environment },
  play: async ({ canvasElement }) => {
    await launchAndExpect(canvasElement, '"outcome": "blocked"', '"reason": "in-app-browser"', `"app": "${environment}"`);
    await expectNothingShown();
  },
});

/** WeChat's browser (微信). */
export const WeChat: Story = inApp('wechat');

/** QQ's browser (QQ Browser itself is an ordinary browser). */
export const QQ: Story = inApp('qq');

/** Weibo's browser (微博). */
export const Weibo: Story = inApp('weibo');

/** Alipay's browser (支付宝). */
export const Alipay: Story = inApp('alipay');

/** DingTalk's browser (钉钉). */
export const DingTalk: Story = inApp('dingtalk');

/** Another app's generic webview: its host may pass the link on, so the launch is tried, as on a phone. */
export const Webview: Story = {
  args: { environment: 'webview' },
  play: async ({ canvasElement }) => {
    await launchAndExpect(canvasElement, '"outcome": "opened"');
    const sheet = await body().findByRole('dialog', { name: '授权登录' });
    await userEvent.click(within(sheet).getByRole('button', { name: '拒绝' }));
  },
};

/** An unknown environment: `createSimulator` throws `VVChatError` `invalid_option`, naming the option. */
export const InvalidEnvironment: Story = {
  args: { environment: 'iphone' as SimulatorEnvironment },
  play: async ({ canvasElement }) => {
    await launchAndExpect(canvasElement, 'VVChatError invalid_option: environment must be', 'got "iphone"');
  },
};

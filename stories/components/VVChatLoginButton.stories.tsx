import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { VVChatLoginButton } from '@vvchat/ui';
import { createSimulatedBackend, type SimulatedProfile } from '@vvchat/simulator';
import { expectStatus, never, pressWhilePending, withDemoPage } from './DemoPage';
import { blockStory, demo, lookArgTypes, lookArgs, lookStories, tap } from './gallery';
import { pasteable } from './snippet';

/** Stands in for your backend, which exchanges the code with your AppKey (never in the browser). */
const backend = createSimulatedBackend();

const profile: SimulatedProfile = { openId: 'o_demo_user', nickname: '模拟用户', avatarUrl: '' };

/**
 * "Log in with VVChat": `useVVChatLogin` plus markup. One tap opens VVChat's consent sheet; the
 * app comes back to this page with `code` and `state`; the button checks the state, cleans the
 * address bar and hands the code to your `exchangeCode` once.
 *
 * The first story is live: tap it and answer the simulated app. The status stories below hold
 * the button in each of its states with a scripted stand-in for the app.
 */
const meta = {
  title: 'Components/VVChatLoginButton',
  component: VVChatLoginButton,
  tags: ['autodocs'],
  parameters: { docs: { source: pasteable('VVChatLoginButton') } },
  decorators: [withDemoPage],
  args: {
    exchangeCode: backend.exchangeCode,
    ...lookArgs,
  },
  argTypes: {
    ...lookArgTypes,
    exchangeCode: { control: false },
    onSuccess: { control: false },
    onError: { control: false },
  },
} satisfies Meta<typeof VVChatLoginButton>;

export default meta;
type Story = StoryObj<typeof meta>;

const look = lookStories(VVChatLoginButton);

/** Tap it: the simulated VVChat app asks for consent; Allow logs you in as 模拟用户. */
export const Default: Story = { parameters: demo({}) };

export const Sizes: Story = look.Sizes;

export const Variants: Story = look.Variants;

export const Shapes: Story = look.Shapes;

/** `block` fills the width of its container: here a 320px column, as on a phone. */
export const Block: Story = blockStory(VVChatLoginButton);

/** `locale` on the button, else the provider's `locale`, else `zh-CN`. */
export const Locales: Story = look.Locales;

export const English: Story = { args: { locale: 'en' } };

export const Disabled: Story = { args: { disabled: true } };

/** `children` replace the label; the status still shows through `data-status`, `aria-busy` and the spinner. */
export const CustomLabel: Story = { args: { children: '微信不行？用 VVChat 登录' } };

/**
 * `labels` overrides any text, per status, and `labels.errors` what screen readers hear when a
 * login fails. Here the app is not installed, so you see the `error` label and hear the
 * overridden `not_opened` message.
 */
export const Labels: Story = {
  args: {
    labels: { idle: '一键登录', error: '请先安装 VVChat', errors: { not_opened: '没有检测到 VVChat，请先安装。' } },
  },
  parameters: demo({ app: 'not-installed', script: tap }),
  play: expectStatus('error', /没有检测到 VVChat/),
};

/** `icon={false}` hides the mark; any node replaces it. */
export const WithoutIcon: Story = { args: { icon: false } };

/** `data-theme="dark"` on any ancestor (or the OS setting) switches to the dark defaults. */
export const DarkTheme: Story = look.DarkTheme;

/**
 * `launching`: the app is opening (this stand-in never answers). Pending: still focusable, with
 * `aria-disabled="true"`, `aria-busy`, `data-pending` and a spinner; taps start nothing.
 */
export const Launching: Story = {
  parameters: demo({ app: 'never', script: tap }),
  play: expectStatus('launching'),
};

const keyboardLaunches = fn();

/**
 * From the keyboard: Enter starts the login and the button keeps focus while it is pending, so a
 * screen reader stays on it and hears "正在打开 VVChat…". Enter, Space and clicks while pending
 * start no second login.
 */
export const KeyboardWhilePending: Story = {
  name: 'Keyboard while pending',
  parameters: demo({ app: 'never', onLaunch: keyboardLaunches }),
  play: pressWhilePending('launching', () => keyboardLaunches.mock.calls.length),
};

/** `exchanging`: the app came back with a code, and `exchangeCode` (your backend) is still working. */
export const Exchanging: Story = {
  args: { exchangeCode: () => never() },
  parameters: demo({ app: 'approve', script: tap }),
  play: expectStatus('exchanging'),
};

/** `success`: the state checked out and `exchangeCode` resolved (to what the hook returns as `data`). */
export const Success: Story = {
  args: { exchangeCode: () => Promise.resolve(profile) },
  parameters: demo({ app: 'approve', script: tap }),
  play: expectStatus('success'),
};

/** `error` with `not_opened`: VVChat did not come to the front (not installed). Tap to try again. */
export const ErrorNotOpened: Story = {
  name: 'Error: not opened',
  parameters: demo({ app: 'not-installed', script: tap }),
  play: expectStatus('error', /未能打开 VVChat/),
};

/**
 * With the provider's `fallbackUrl` (your link to VVChat's download page), the reason under the
 * button after `not_opened` ends with an install link (`labels.install` renames it).
 */
export const ErrorNotOpenedInstall: Story = {
  name: 'Error: not opened, install link',
  parameters: demo({ app: 'not-installed', fallbackUrl: 'https://vvchat.example/download', script: tap }),
  play: async (context) => {
    await expectStatus('error', /未能打开 VVChat/)(context);
    const link = await within(context.canvasElement).findByRole('link', { name: context.globals.locale === 'en' ? 'Install VVChat' : '安装 VVChat' });
    await expect(link).toHaveAttribute('href', 'https://vvchat.example/download');
  },
};

/** `error` with `login_denied`: the user tapped Deny in VVChat (`err_code` is on `error.errCode`). */
export const ErrorDenied: Story = {
  name: 'Error: denied',
  parameters: demo({ app: 'deny', script: tap }),
  play: expectStatus('error', /你已取消授权/),
};

/** `error` with `exchange_failed`: your backend refused the code. The code is spent; a tap starts afresh. */
export const ErrorExchangeFailed: Story = {
  name: 'Error: exchange failed',
  args: { exchangeCode: () => Promise.reject(new Error('HTTP 502 from /api/vvchat/login')) },
  parameters: demo({ app: 'approve', script: tap }),
  play: expectStatus('error', /登录失败，请稍后重试/),
};

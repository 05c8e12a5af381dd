import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import type { ShareContent } from '@vvchat/react';
import { ShareButton } from '@vvchat/ui';
import { expectStatus, pressWhilePending, withDemoPage } from './DemoPage';
import { blockStory, demo, lookArgTypes, lookArgs, lookStories, tap } from './gallery';
import { pasteable } from './snippet';

/** A basic share: title, sub-title, page and thumbnail. */
const basic: ShareContent = {
  title: '新品上市',
  subTitle: '限时 8 折',
  url: 'https://shop.example/items/42',
};

/** An advanced share: the same card with template lines under it (`share_data_url`). */
const advanced: ShareContent = {
  ...basic,
  data: { tplHeader: 'vctalk', tplVersion: 'v1', tplType: 'MultipleLine', data: ['¥99 起', '今日包邮'] },
};

/**
 * "Share to VVChat": `useShare` plus markup. A tap opens VVChat's share sheet with your card; the
 * button stays busy until the app's result arrives through the provider's `shareResultChannel`,
 * then shows `success` (code 200) or `failed` (another code, with `err_msg`), or `unknown` when
 * the user came back and no result arrived.
 *
 * The first story is live (an advanced share): tap it and share or cancel in the simulated app.
 */
const meta = {
  title: 'Components/ShareButton',
  component: ShareButton,
  tags: ['autodocs'],
  parameters: { docs: { source: pasteable('ShareButton') } },
  decorators: [withDemoPage],
  args: {
    content: advanced,
    ...lookArgs,
  },
  argTypes: {
    ...lookArgTypes,
    content: { control: 'object' },
    onSuccess: { control: false },
    onError: { control: false },
  },
} satisfies Meta<typeof ShareButton>;

export default meta;
type Story = StoryObj<typeof meta>;

const look = lookStories(ShareButton);

/** Tap it: the simulated app shows the card and its template lines; 分享 shares, 取消 cancels. */
export const Default: Story = { parameters: demo({}) };

/** A basic share: no `data`, so the app shows its fixed card. */
export const Basic: Story = { args: { content: basic }, parameters: demo({}) };

export const Sizes: Story = look.Sizes;

export const Variants: Story = look.Variants;

export const Shapes: Story = look.Shapes;

export const Block: Story = blockStory(ShareButton);

export const Locales: Story = look.Locales;

export const English: Story = { args: { locale: 'en' } };

export const Disabled: Story = { args: { disabled: true } };

export const CustomLabel: Story = { args: { children: '分享给好友' } };

/** `labels` overrides any text; here the `failed` label, after the user cancelled in VVChat. */
export const Labels: Story = {
  args: { labels: { idle: '分享', failed: '没有分享出去，再试一次' } },
  parameters: demo({ app: 'deny', script: tap }),
  play: expectStatus('failed'),
};

export const DarkTheme: Story = look.DarkTheme;

/** `launching`: the share sheet is opening (this stand-in app never answers). */
export const Launching: Story = {
  parameters: demo({ app: 'never', script: tap }),
  play: expectStatus('launching'),
};

/** `waiting`: the app opened; the button waits for its result (pending, like `launching`). */
export const Waiting: Story = {
  parameters: demo({ app: 'opened', script: tap }),
  play: expectStatus('waiting'),
};

const keyboardLaunches = fn();

/**
 * From the keyboard: Enter opens the share sheet; while the button waits for the app's result it
 * keeps focus (pending: `aria-disabled`, `aria-busy`, `data-pending`), and Enter, Space and
 * clicks share nothing twice.
 */
export const KeyboardWhilePending: Story = {
  name: 'Keyboard while pending',
  parameters: demo({ app: 'opened', onLaunch: keyboardLaunches }),
  play: pressWhilePending('waiting', () => keyboardLaunches.mock.calls.length),
};

/** `success`: the app's result was `{ code: 200 }`. */
export const Success: Story = {
  parameters: demo({ app: 'approve', script: tap }),
  play: expectStatus('success'),
};

/** `failed`: the app's result was `{ code: 400, err_msg: '请求失败！' }` (on the hook's `result`). */
export const Failed: Story = {
  parameters: demo({ app: 'deny', script: tap }),
  play: expectStatus('failed'),
};

/**
 * `unknown`: the user came back (the page was shown again) and no result arrived within 1.5 s.
 * The share may or may not have happened; the label offers to share again.
 *
 * Not on the docs page: the `visibilitychange` it fires would end the Waiting story there too.
 */
export const Unknown: Story = {
  tags: ['!autodocs'],
  parameters: demo({
    app: 'opened',
    script: [
      { when: 'idle', then: 'tap' },
      { when: 'waiting', then: 'page-shown' },
    ],
  }),
  play: expectStatus('unknown'),
};

/** `error` with `not_opened`: VVChat did not come to the front (not installed). */
export const ErrorNotOpened: Story = {
  name: 'Error: not opened',
  parameters: demo({ app: 'not-installed', script: tap }),
  play: expectStatus('error', /未能打开 VVChat/),
};

/** `error` with `invalid_option`: `content.url` is not an absolute `http(s)` URL, so nothing was launched. */
export const ErrorInvalidContent: Story = {
  name: 'Error: invalid content',
  args: { content: { title: '新品上市', url: '/items/42' } },
  parameters: demo({ app: 'never', script: tap }),
  play: expectStatus('error', /配置有误/),
};

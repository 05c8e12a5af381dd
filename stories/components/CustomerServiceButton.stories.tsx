import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { CustomerServiceButton } from '@vvchat/ui';
import { expectStatus, pressWhilePending, withDemoPage } from './DemoPage';
import { blockStory, demo, lookArgTypes, lookArgs, lookStories, tap } from './gallery';
import { pasteable } from './snippet';

/**
 * "Contact support": `useCustomerService` plus markup. A tap opens a chat with your
 * customer-service account (its `open_id`) in VVChat. Nothing comes back from the app: `opened`
 * means VVChat came to the front, and the label stays "联系客服" so the user can open it again.
 *
 * The first story is live: tap it and the simulated app opens the chat window.
 */
const meta = {
  title: 'Components/CustomerServiceButton',
  component: CustomerServiceButton,
  tags: ['autodocs'],
  parameters: { docs: { source: pasteable('CustomerServiceButton') } },
  decorators: [withDemoPage],
  args: {
    openId: 'demo-service-account',
    ...lookArgs,
    variant: 'outline',
  },
  argTypes: {
    ...lookArgTypes,
    openId: { control: 'text' },
    onError: { control: false },
  },
} satisfies Meta<typeof CustomerServiceButton>;

export default meta;
type Story = StoryObj<typeof meta>;

const look = lookStories(CustomerServiceButton);

/** Tap it: the simulated app opens the chat window (Escape or 关闭 closes it). */
export const Default: Story = { parameters: demo({}) };

export const Sizes: Story = look.Sizes;

export const Variants: Story = look.Variants;

export const Shapes: Story = look.Shapes;

export const Block: Story = blockStory(CustomerServiceButton);

export const Locales: Story = look.Locales;

export const English: Story = { args: { locale: 'en' } };

export const Disabled: Story = { args: { disabled: true } };

export const CustomLabel: Story = { args: { children: '在线客服' } };

/** `labels` overrides any text; here the `error` label, when VVChat is not installed. */
export const Labels: Story = {
  args: { labels: { idle: '问问客服', error: '请先安装 VVChat 再联系客服' } },
  parameters: demo({ app: 'not-installed', script: tap }),
  play: expectStatus('error'),
};

export const DarkTheme: Story = look.DarkTheme;

/** `launching`: the chat is opening (this stand-in app never answers). */
export const Launching: Story = {
  parameters: demo({ app: 'never', script: tap }),
  play: expectStatus('launching'),
};

const keyboardLaunches = fn();

/** From the keyboard: Enter opens the chat; the pending button keeps focus, and more presses open nothing. */
export const KeyboardWhilePending: Story = {
  name: 'Keyboard while pending',
  parameters: demo({ app: 'never', onLaunch: keyboardLaunches }),
  play: pressWhilePending('launching', () => keyboardLaunches.mock.calls.length),
};

/** `opened`: VVChat came to the front with the chat. The label is the idle one: tap to open it again. */
export const Opened: Story = {
  parameters: demo({ app: 'opened', script: tap }),
  play: expectStatus('opened'),
};

/** `error` with `not_opened`: VVChat did not come to the front (not installed). */
export const ErrorNotOpened: Story = {
  name: 'Error: not opened',
  parameters: demo({ app: 'not-installed', script: tap }),
  play: expectStatus('error', /未能打开 VVChat/),
};

/**
 * A blank `openId` is a setup error no tap can fix: the button is unavailable from the start
 * (暂不可用, `aria-disabled`, still focusable and read), and development builds log a console error.
 */
export const ErrorNoOpenId: Story = {
  name: 'Setup error: blank openId',
  args: { openId: ' ' },
  parameters: demo({ app: 'never' }),
  play: async ({ canvasElement, globals }) => {
    const button = within(canvasElement).getByRole('button', { name: globals.locale === 'en' ? 'Not available' : '暂不可用' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
  },
};

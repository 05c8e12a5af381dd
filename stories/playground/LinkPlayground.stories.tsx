import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { LinkPlayground } from './LinkPlayground';

/**
 * Pick a capability and fill in its options: the playground shows the `qyx://` link that
 * `@vvchat/core`'s builder writes (or the `VVChatError` it throws), `parseDeepLink`'s reading of
 * it, and can open it in the simulated VVChat app. Paste any link to read it.
 */
const meta = {
  title: 'Playground/Link playground',
  component: LinkPlayground,
  args: { capability: 'login' },
  argTypes: {
    capability: { control: 'select', options: ['login', 'pay', 'share', 'customer-service'] },
    initial: { control: 'object' },
  },
  // A new form whenever the controls change.
  render: (args) => <LinkPlayground key={JSON.stringify(args)} {...args} />,
} satisfies Meta<typeof LinkPlayground>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The platform document's login example: `app_id=test`, `state=xxxxx`, `redirect_uri=http://xxxx.com`. */
export const Login: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent(
      'qyx://thirdlogin?app_id=test&scope=snsapi_userinfo&state=xxxxx&redirect_uri=http%3A%2F%2Fxxxx.com',
    );
  },
};

/**
 * The browser's own launcher on this link, with what its verdict rests on (`evidence`). Storybook
 * runs on a desktop, so by default the launch ends `blocked` (`reason: 'desktop'`) without
 * navigating; pick `desktop: launch` to see a real attempt settle (`not-opened` on `timeout`, or
 * `unknown` when the browser's "open xdg-open?" prompt kept the page blurred).
 */
export const LaunchEvidence: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: "Launch it with the browser's launcher" }));
    await waitFor(() => expect(within(canvasElement).getByTestId('launch-result')).toHaveTextContent('"signal": "environment"'));
    await expect(within(canvasElement).getByTestId('launch-result')).toHaveTextContent('"reason": "desktop"');
  },
};

/** The pay link: `imprest_code`, `app_id`, `redirect_uri`, in the document's order. */
export const Pay: Story = { args: { capability: 'pay', initial: { redirectUri: 'https://shop.example/orders/42' } } };

/** An advanced share: the template is written as compact JSON into `share_data_url`. */
export const Share: Story = {
  args: { capability: 'share' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent(
      'share_data_url=%7B%22tpl_header%22%3A%22vctalk%22%2C%22tpl_version%22%3A%22v1%22%2C%22tpl_type%22%3A%22MultipleLine%22%2C%22data%22%3A%5B%22%E5%86%85%E5%AE%B91%22%2C%22%E5%86%85%E5%AE%B92%22%5D%7D',
    );
  },
};

/** A basic share: no `data`, so no `share_data_url`. */
export const BasicShare: Story = { args: { capability: 'share', initial: { dataKind: 'none' } } };

export const CustomerService: Story = { args: { capability: 'customer-service' } };

/** A bad option: the builder throws `VVChatError` `invalid_option` and names it. */
export const InvalidOption: Story = {
  args: { capability: 'login', initial: { redirectUri: 'xxxx.com' } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent('VVChatError invalid_option: redirectUri must be an absolute http(s) URL');
  },
};

/** Edit the form: the link follows each keystroke. */
export const Editing: Story = {
  args: { capability: 'customer-service' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const openId = canvas.getByLabelText(/^openId/);
    await userEvent.clear(openId);
    await userEvent.type(openId, 'kf 001');
    await expect(canvasElement).toHaveTextContent('qyx://openSessionView?open_id=kf%20001');
    await expect(canvasElement).toHaveTextContent('"openId": "kf 001"');
  },
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { findSheet } from '../flows/play';
import { SimulatedPage } from '../flows/SimulatedPage';
import { ShareWithHook } from './examples/ShareWithHook';
import source from './examples/ShareWithHook.tsx?raw';

/**
 * `useShare({ onSuccess?, onError? })` returns `{ share, status, result, error, reset }`;
 * `share({ title, url, subTitle?, thumbUrl?, data? })` opens the share sheet. This UI is plain
 * markup over the hook.
 *
 * After the app opened, `status` is `waiting` until the result arrives through the provider's
 * result channel (the simulator posts a `message` event `{ type: 'vvchat:share-result', result }`):
 * `success` for code 200, `failed` for another code (its `err_msg` is `result.message`), or
 * `unknown` when the user came back and nothing arrived.
 */
const meta = {
  title: 'Hooks/useShare',
  tags: ['autodocs'],
  parameters: { docs: { source: { code: source, language: 'tsx' } } },
  render: () => (
    <SimulatedPage>
      <ShareWithHook />
    </SimulatedPage>
  ),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Share (basic or advanced) and answer the simulated share sheet (分享 / 取消). */
export const CustomUI: Story = { name: 'Custom UI' };

/** The same UI, played: share, then 分享 in the simulated app; the result arrives as a `message` event. */
export const Shared: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: '分享给好友' }));
    const sheet = await findSheet('分享到 VVChat');
    await expect(within(sheet).getByText('今日包邮')).toBeInTheDocument();
    await userEvent.click(within(sheet).getByRole('button', { name: '分享' }));
    await waitFor(() => expect(canvasElement.querySelector('[data-name="status"]')).toHaveTextContent('"success"'));
    await expect(canvasElement.querySelector('[data-name="result"]')).toHaveTextContent('"code": 200');
  },
};

/** Played: the user cancels; the app answers `{ code: 400, err_msg }` and the hook ends `failed`. */
export const Cancelled: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: '分享给好友' }));
    await userEvent.click(within(await findSheet('分享到 VVChat')).getByRole('button', { name: '取消' }));
    await waitFor(() => expect(canvasElement.querySelector('[data-name="status"]')).toHaveTextContent('"failed"'));
    await expect(canvas.getByRole('alert')).toHaveTextContent('用户取消了分享');
  },
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { findSheet } from '../flows/play';
import { SimulatedPage } from '../flows/SimulatedPage';
import { CustomerServiceWithHook } from './examples/CustomerServiceWithHook';
import source from './examples/CustomerServiceWithHook.tsx?raw';

/**
 * `useCustomerService({ openId, onError? })` returns `{ open, status, error, reset }`. `open()`
 * opens a chat with your customer-service account in VVChat; `status` goes `launching`, then
 * `opened` (the app came to the front) or `error` (`not_opened`, or `invalid_option` for a blank
 * `openId`: clear the field and try). Nothing comes back from the app.
 */
const meta = {
  title: 'Hooks/useCustomerService',
  tags: ['autodocs'],
  parameters: { docs: { source: { code: source, language: 'tsx' } } },
  render: () => (
    <SimulatedPage>
      <CustomerServiceWithHook />
    </SimulatedPage>
  ),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Open the chat; the simulated app shows the chat window (Escape closes it). */
export const CustomUI: Story = { name: 'Custom UI' };

/** The same UI, played: the chat window opens and the hook says `opened`. */
export const Opened: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: '联系客服' }));
    await findSheet('客服会话');
    await waitFor(() => expect(canvasElement.querySelector('[data-name="status"]')).toHaveTextContent('"opened"'));
    await userEvent.keyboard('{Escape}');
  },
};

/** Played: a blank `openId` never reaches the app; the hook ends in `error` with `invalid_option`. */
export const BlankOpenId: Story = {
  name: 'Blank openId',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.clear(canvas.getByLabelText('客服 open_id'));
    await userEvent.click(canvas.getByRole('button', { name: '联系客服' }));
    await waitFor(() => expect(canvasElement.querySelector('[data-name="error"]')).toHaveTextContent('invalid_option'));
  },
};

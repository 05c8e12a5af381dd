import type { Meta, StoryObj } from '@storybook/react-vite';
import { useRef } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { CustomerServiceButton } from '@vvchat/ui';
import { FlowResult, SimulatedPage, useButtonStatus } from './SimulatedPage';
import { expectOutcome, findSheet } from './play';
import { sourceOf } from './source';

function SupportPage() {
  const button = useRef<HTMLButtonElement>(null);
  const status = useButtonStatus(button);
  return (
    <>
      <CustomerServiceButton ref={button} openId="demo-service-account" />
      <FlowResult status={status} />
    </>
  );
}

/** Open a chat with your customer-service account: the app comes to the front with the chat. */
const meta = {
  title: 'Flows/Customer Service',
  // The docs page runs each story in a frame of its own: a flow leaves the page and comes back
  // (redirect_uri), which only its own frame may do.
  tags: ['autodocs'],
  parameters: { docs: { story: { inline: false, iframeHeight: 360 }, source: sourceOf('CustomerService') } },
  render: () => (
    <SimulatedPage>
      <SupportPage />
    </SimulatedPage>
  ),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const Open: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(await within(canvasElement).findByRole('button', { name: '联系客服' }));
    const chat = await findSheet('客服会话');
    await expectOutcome(canvasElement, 'opened');
    await userEvent.type(within(chat).getByRole('textbox'), '你好{Enter}');
    await expect(within(chat).getByRole('log')).toHaveTextContent('你好');
    await userEvent.keyboard('{Escape}');
  },
};

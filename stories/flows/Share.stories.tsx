import type { Meta, StoryObj } from '@storybook/react-vite';
import { useRef } from 'react';
import { userEvent, within } from 'storybook/test';
import { ShareButton } from '@vvchat/ui';
import { FlowResult, SimulatedPage, useButtonStatus } from './SimulatedPage';
import { answer, expectOutcome, findSheet } from './play';
import { sourceOf } from './source';

function SharePage() {
  const button = useRef<HTMLButtonElement>(null);
  const status = useButtonStatus(button);
  return (
    <>
      <ShareButton
        ref={button}
        content={{
          title: '新品上市',
          subTitle: '限时 8 折',
          url: 'https://shop.example/items/42',
          data: { tplHeader: 'vctalk', tplVersion: 'v1', tplType: 'MultipleLine', data: ['¥99 起', '今日包邮'] },
        }}
      />
      <FlowResult status={status} />
    </>
  );
}

/**
 * Share to VVChat, end to end (an advanced share with a template): the app shows the card, the
 * user shares or cancels, and the result (`code` 200, or 400 with `err_msg`) comes back through
 * the provider's result channel (here a `message` event the simulator posts).
 */
const meta = {
  title: 'Flows/Share',
  // The docs page runs each story in a frame of its own: a flow leaves the page and comes back
  // (redirect_uri), which only its own frame may do.
  tags: ['autodocs'],
  parameters: { docs: { story: { inline: false, iframeHeight: 360 }, source: sourceOf('Share') } },
  render: () => (
    <SimulatedPage>
      <SharePage />
    </SimulatedPage>
  ),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const Success: Story = {
  tags: ['!autodocs'], // scripted for the tests; the docs page offers the live one
  play: async ({ canvasElement, id }) => {
    await userEvent.click(await within(canvasElement).findByRole('button', { name: '分享到 VVChat' }));
    await answer(await findSheet('分享到 VVChat'), '分享', id);
    await expectOutcome(canvasElement, 'success');
  },
};

export const Failure: Story = {
  tags: ['!autodocs'], // scripted for the tests; the docs page offers the live one
  play: async ({ canvasElement, id }) => {
    await userEvent.click(await within(canvasElement).findByRole('button', { name: '分享到 VVChat' }));
    await answer(await findSheet('分享到 VVChat'), '取消', id);
    await expectOutcome(canvasElement, 'failed');
  },
};

/** The same page without a script: answer the simulated app yourself. */
export const TryIt: Story = { name: 'Try it yourself' };

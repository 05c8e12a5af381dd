import type { Meta, StoryObj } from '@storybook/react-vite';
import { useRef } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { VVChatLoginButton } from '@vvchat/ui';
import { FlowResult, SimulatedPage, useButtonStatus } from './SimulatedPage';
import { expectOutcome, findSheet } from './play';
import { sourceOf } from './source';

const fallbackUrl = 'https://vvchat.example/download';

function NotInstalledPage() {
  const button = useRef<HTMLButtonElement>(null);
  const status = useButtonStatus(button);
  return (
    <>
      <VVChatLoginButton ref={button} />
      <FlowResult status={status} />
    </>
  );
}

/**
 * VVChat is not installed: the launch ends `not-opened`, the user is sent to the provider's
 * `fallbackUrl` (the simulator shows where, instead of leaving), and the button reports the
 * error `not_opened` to screen readers.
 */
const meta = {
  title: 'Flows/App not installed',
  // The docs page runs each story in a frame of its own: a flow leaves the page and comes back
  // (redirect_uri), which only its own frame may do.
  tags: ['autodocs'],
  parameters: { docs: { story: { inline: false, iframeHeight: 360 }, source: sourceOf('NotInstalled') } },
  render: () => (
    <SimulatedPage simulator={{ environment: 'no-app' }} fallbackUrl={fallbackUrl}>
      <NotInstalledPage />
    </SimulatedPage>
  ),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const Fallback: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(await within(canvasElement).findByRole('button', { name: 'VVChat 登录' }));
    const sheet = await findSheet('未安装 VVChat');
    await expect(within(sheet).getByRole('link')).toHaveAttribute('href', fallbackUrl);
    await expectOutcome(canvasElement, 'error');
    await expect(within(canvasElement).getByRole('button')).toHaveAccessibleDescription(/未能打开 VVChat/);
    await userEvent.keyboard('{Escape}');
  },
};

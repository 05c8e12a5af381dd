import type { Meta, StoryObj } from '@storybook/react-vite';
import { useRef, useState } from 'react';
import { userEvent, within } from 'storybook/test';
import { VVChatLoginButton } from '@vvchat/ui';
import { createSimulatedBackend, type SimulatedProfile } from '@vvchat/simulator';
import { FlowResult, SimulatedPage, useButtonStatus } from './SimulatedPage';
import { answer, expectOutcome, findSheet, isReturning } from './play';
import { sourceOf } from './source';

function LoginPage() {
  const [backend] = useState(() => createSimulatedBackend());
  const [user, setUser] = useState<SimulatedProfile>();
  const button = useRef<HTMLButtonElement>(null);
  const status = useButtonStatus(button);
  return (
    <>
      <VVChatLoginButton ref={button} exchangeCode={backend.exchangeCode} onSuccess={setUser} />
      <FlowResult status={status} detail={user && `${user.nickname} (${user.openId})`} />
    </>
  );
}

/**
 * Log in with VVChat, end to end: the button opens the (simulated) app, the user answers the
 * consent sheet, the app comes back to this page with `code` and `state`, the hook checks the
 * state, cleans the address bar and exchanges the code once with the (simulated) backend.
 */
const meta = {
  title: 'Flows/Login',
  // The docs page runs each story in a frame of its own: a flow leaves the page and comes back
  // (redirect_uri), which only its own frame may do.
  tags: ['autodocs'],
  parameters: { docs: { story: { inline: false, iframeHeight: 360 }, source: sourceOf('Login') } },
  render: () => (
    <SimulatedPage>
      <LoginPage />
    </SimulatedPage>
  ),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const Allow: Story = {
  tags: ['!autodocs'], // scripted for the tests; the docs page offers the live one
  play: async ({ canvasElement, id }) => {
    if (!isReturning(id)) {
      await userEvent.click(await within(canvasElement).findByRole('button', { name: 'VVChat 登录' }));
      await answer(await findSheet('授权登录'), '允许', id);
    }
    await expectOutcome(canvasElement, 'success');
  },
};

export const Deny: Story = {
  tags: ['!autodocs'], // scripted for the tests; the docs page offers the live one
  play: async ({ canvasElement, id }) => {
    if (!isReturning(id)) {
      await userEvent.click(await within(canvasElement).findByRole('button', { name: 'VVChat 登录' }));
      await answer(await findSheet('授权登录'), '拒绝', id);
    }
    await expectOutcome(canvasElement, 'error');
  },
};

/** The same page without a script: answer the simulated app yourself. */
export const TryIt: Story = { name: 'Try it yourself' };

/**
 * The app comes back in a **new tab**, as the real VVChat app often does: answer the simulated
 * app, and the callback opens in a tab of its own, which exchanges the code; this tab, where you
 * tapped, moves to `success` too (BroadcastChannel), with no second exchange. Your browser may ask
 * to allow the pop-up. (Tested in real Chromium with two tabs: test/chromium/returnTrip.test.ts.)
 */
export const NewTab: Story = {
  name: 'App returns in a new tab (try it)',
  render: () => (
    <SimulatedPage simulator={{ returnIn: 'new-tab' }}>
      <LoginPage />
    </SimulatedPage>
  ),
};

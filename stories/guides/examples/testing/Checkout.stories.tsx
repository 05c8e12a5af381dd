import type { Meta, StoryObj } from '@storybook/react-vite';
import { VVChatProvider } from '@vvchat/react';
import { createSimulatedBackend, createSimulator } from '@vvchat/simulator';
import { Checkout } from './Checkout';

// As a test build of your app would do it: the simulator as the launcher, the simulated backend
// as the API. Both keep their ledger in localStorage, so it survives the way back to redirect_uri.
const simulator = createSimulator();
const backend = createSimulatedBackend();

/**
 * The page the Playwright recipe of [Testing your integration](?path=/docs/guides-testing-your-integration--docs)
 * drives (`checkout.playwright.ts`, run on every CI build by `test/e2e/testingRecipe.test.ts`).
 * Tap a button and answer the simulated app yourself.
 */
const meta = {
  title: 'Guides/Testing your integration/Checkout',
  component: Checkout,
  args: { api: backend },
  render: (args) => (
    <VVChatProvider appId="your-app-id" launcher={simulator}>
      <Checkout {...args} />
    </VVChatProvider>
  ),
  argTypes: { api: { control: false } },
} satisfies Meta<typeof Checkout>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The checkout, with no script: what `checkout.playwright.ts` opens. */
export const Default: Story = {};

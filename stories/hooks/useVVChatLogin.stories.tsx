import type { Meta, StoryObj } from '@storybook/react-vite';
import { SimulatedPage } from '../flows/SimulatedPage';
import { LoginWithHook } from './examples/LoginWithHook';
import source from './examples/LoginWithHook.tsx?raw';

/**
 * `useVVChatLogin({ exchangeCode?, scope?, redirectUri?, onSuccess?, onError? })` returns
 * `{ login, status, data, code, error, reset }`: everything a login UI of your own needs. This one
 * is plain markup over the hook, inside `VVChatProvider` with the simulated VVChat app; the
 * simulated backend stands in for yours.
 *
 * `login()` opens the app inside your tap. After Allow, the app comes back to this page with
 * `code` and `state`: the hook checks the state, removes both from the address bar and calls
 * `exchangeCode(code)` once (`exchanging`, then `success` with `data`). Deny ends in `error`
 * (`login_denied`).
 */
const meta = {
  title: 'Hooks/useVVChatLogin',
  tags: ['autodocs'],
  parameters: { docs: { source: { code: source, language: 'tsx' } } },
  render: () => (
    <SimulatedPage>
      <LoginWithHook />
    </SimulatedPage>
  ),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Tap the login button and answer the simulated app (允许 / 拒绝). */
export const CustomUI: Story = { name: 'Custom UI' };

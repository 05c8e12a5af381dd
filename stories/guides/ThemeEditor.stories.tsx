import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { VVChatLoginButton, ShareButton } from '@vvchat/ui';
import { DemoPage } from '../components/DemoPage';
import { ThemePreview, darkTheme, lightTheme } from './ThemeEditor';

/**
 * A live theme editor: the controls set the main `--vvchat-*` custom properties on a wrapper
 * around all four buttons, in each variant, plus a success and an error state. Copy the CSS
 * under the preview into your app.
 */
const meta = {
  title: 'Guides/Theming/Editor',
  component: ThemePreview,
  args: lightTheme,
  argTypes: {
    mode: { control: 'inline-radio', options: ['light', 'dark'] },
    brand: { control: 'color', description: '--vvchat-color-brand: primary fill, outline/ghost text and border' },
    onBrand: { control: 'color', description: '--vvchat-color-on-brand: label on the brand fill' },
    surface: { control: 'color', description: '--vvchat-color-surface: the outline variant background' },
    danger: { control: 'color', description: '--vvchat-color-danger: error and failed states' },
    onDanger: { control: 'color', description: '--vvchat-color-on-danger: label on the danger fill' },
    success: { control: 'color', description: '--vvchat-color-success: success and paid states' },
    onSuccess: { control: 'color', description: '--vvchat-color-on-success: label on the success fill' },
    focus: { control: 'color', description: '--vvchat-color-focus: the focus ring' },
    radius: { control: { type: 'range', min: 0, max: 24, step: 1 }, description: '--vvchat-radius, in px' },
    fontWeight: { control: 'inline-radio', options: ['400', '500', '600', '700'], description: '--vvchat-font-weight' },
    fontFamily: { control: 'text', description: '--vvchat-font-family' },
  },
} satisfies Meta<typeof ThemePreview>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Waits for the state row's success and error buttons, so axe checks those colours too. */
const play: Story['play'] = async ({ canvasElement }) => {
  const statuses = () => within(canvasElement).getAllByRole('button').map((button) => button.dataset.status);
  await waitFor(() => expect(statuses().filter((status) => status === 'success')).toHaveLength(2));
  await waitFor(() => expect(statuses().filter((status) => status === 'error')).toHaveLength(2));
};

/** Starts from the light defaults. */
export const Editor: Story = { play };

/** Starts from the dark defaults, under `data-theme="dark"`. */
export const DarkEditor: Story = { name: 'Editor (dark)', args: darkTheme, play };

/** A brand of your own: a teal brand with a pill-like radius. */
export const TealBrand: Story = {
  args: { ...lightTheme, brand: '#00696b', focus: '#00696b', radius: 20, fontWeight: '500' },
  play,
};

/**
 * Right to left: the buttons use logical properties (`padding-inline`, `inline-size`,
 * `margin-block`), so under `dir="rtl"` the mark moves to the right of the label and block
 * buttons keep their padding.
 */
export const RightToLeft: Story = {
  render: () => (
    <div dir="rtl" style={{ display: 'grid', gap: 12, maxInlineSize: 360 }}>
      <DemoPage>
        <VVChatLoginButton locale="en" />
        <div style={{ blockSize: 12 }} />
        <ShareButton block locale="en" content={{ title: '新品上市', url: 'https://shop.example/items/42' }} />
      </DemoPage>
    </div>
  ),
};

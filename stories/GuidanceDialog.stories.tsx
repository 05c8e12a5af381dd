import { useState, type ReactNode } from 'react';
import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { GuidanceDialog, type GuidanceDialogProps } from '../packages/ui/src/guidance';
import { pasteable } from './components/snippet';

/** The page the stories hand over (never the Storybook frame's own address). */
const page = 'https://shop.example/cart?item=42';

/**
 * What a blocked launch asks of the user, as a modal `<dialog>`. The buttons open it themselves
 * when a launch ends `blocked`:
 *
 * - `reason: 'in-app-browser'` (WeChat, QQ, Weibo, Alipay…, where `qyx://` links go nowhere): open
 *   the page in the system browser, with the app's menu hint and the link to copy;
 * - `reason: 'desktop'` (no VVChat app there): scan a QR code with the phone. The code holds
 *   `continueUrl(url, action)`, so the page opens on the phone with the button for `action` ready
 *   to tap. The encoder (lean-qr, about 2 kB gzipped) loads in its own chunk when the dialog opens.
 *
 * Render it yourself around the hooks:
 *
 * ```tsx
 * const { login, error, reset } = useVVChatLogin({ exchangeCode });
 * const guided = error?.code === 'blocked' && error.reason !== 'no-user-activation' ? error : undefined;
 * <GuidanceDialog open={!!guided} reason={guided?.reason ?? 'desktop'} app={guided?.app} action="login" onClose={reset} />
 * ```
 *
 * Escape, 关闭 / Close and a tap on the backdrop call `onClose`; focus starts on the copy button
 * and goes back to the button that opened the dialog.
 */
const meta = {
  title: 'Components/GuidanceDialog',
  component: GuidanceDialog,
  tags: ['autodocs'],
  args: {
    reason: 'in-app-browser',
    app: 'wechat',
    action: 'login',
    url: page,
    open: true,
    onClose: fn(),
  },
  argTypes: {
    reason: { control: 'inline-radio', options: ['in-app-browser', 'desktop'] },
    app: {
      control: 'select',
      options: ['wechat', 'wecom', 'qq', 'weibo', 'alipay', 'dingtalk', 'douyin', 'tiktok', 'baidu', 'instagram', 'facebook', 'line', 'webview'],
    },
    action: { control: 'inline-radio', options: ['login', 'pay', 'share', 'customer-service'] },
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    onClose: { control: false },
  },
  parameters: {
    layout: 'fullscreen',
    // A modal dialog covers its frame: each story gets its own on the docs page.
    docs: { story: { inline: false, iframeHeight: 640 }, source: pasteable('GuidanceDialog') },
  },
  render: (args) => <Opener {...args} />,
} satisfies Meta<typeof GuidanceDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The dialog as the buttons use it: open, and opened again by the button it gives focus back to. */
function Opener(args: GuidanceDialogProps) {
  const [open, setOpen] = useState(args.open);
  return (
    <main style={{ padding: 24, minBlockSize: '100vh', boxSizing: 'border-box' }}>
      <button type="button" className="vvchat-button" onClick={() => setOpen(true)}>
        {args.locale === 'en' ? 'Show the guidance' : '显示引导'}
      </button>
      <GuidanceDialog
        {...args}
        open={open}
        onClose={() => {
          args.onClose();
          setOpen(false);
        }}
      />
    </main>
  );
}

/** A dark page: `data-theme="dark"` on an ancestor switches the dialog's defaults. */
function DarkPage({ children }: { children: ReactNode }) {
  return (
    <div data-theme="dark" style={{ minBlockSize: '100vh', background: '#131314', color: '#e3e3e3' }}>
      {children}
    </div>
  );
}

const dark: Decorator = (Story) => (
  <DarkPage>
    <Story />
  </DarkPage>
);

/** The dialog is in the top layer, but in the story's DOM: query the whole document. */
const screen = () => within(document.body);

/** The dialog's heading and its first control, in the locale the story renders in. */
const texts = {
  'in-app-browser': { 'zh-CN': ['请在浏览器中打开', '复制链接'], en: ['Open this page in your browser', 'Copy link'] },
  desktop: { 'zh-CN': ['在手机上继续', '二维码：在手机上打开此页'], en: ['Continue on your phone', 'QR code that opens this page on your phone'] },
} as const;

type PlayContext = { args: GuidanceDialogProps; globals: { locale?: string } };

/** The story's locale: its own `locale` arg, else the toolbar's (the `locale` global), else zh-CN. */
const localeOf = ({ args, globals }: PlayContext) => (args.locale ?? (globals.locale === 'en' ? 'en' : 'zh-CN'));

/** The in-app dialog opens with focus on the copy button. */
async function opensInApp(context: PlayContext) {
  const [heading, copy] = texts['in-app-browser'][localeOf(context)];
  const dialog = await screen().findByRole('dialog', { name: heading });
  await expect(dialog).toHaveAttribute('open');
  await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: copy })));
}

/** The desktop dialog shows its QR code (the encoder's chunk loads when the dialog opens). */
async function showsQrCode(context: PlayContext) {
  const [heading, label] = texts.desktop[localeOf(context)];
  const dialog = await screen().findByRole('dialog', { name: heading });
  await expect(await within(dialog).findByRole('img', { name: label })).toBeVisible();
}

/** WeChat (also WeCom and QQ): its ··· menu at the top right has 在浏览器打开. */
export const InAppWeChat: Story = {
  name: 'In-app: WeChat',
  play: opensInApp,
};

export const InAppWeChatEnglish: Story = {
  name: 'In-app: WeChat (English)',
  args: { locale: 'en' },
  play: opensInApp,
};

/** Weibo, Alipay, DingTalk, Douyin, Baidu and the rest: a hint that names the app. */
export const InAppWeibo: Story = {
  name: 'In-app: Weibo',
  args: { app: 'weibo', action: 'pay' },
  play: opensInApp,
};

export const InAppWeiboEnglish: Story = {
  name: 'In-app: Weibo (English)',
  args: { app: 'weibo', action: 'pay', locale: 'en' },
  play: opensInApp,
};

/** An app we cannot tell (`webview`): "this app". */
export const InAppUnknown: Story = {
  name: 'In-app: an unknown app',
  args: { app: 'webview', locale: 'en' },
  play: opensInApp,
};

/** On a desktop: the QR code holds this page with `vvchat_continue=pay`. */
export const Desktop: Story = {
  name: 'Desktop (QR code)',
  args: { reason: 'desktop', action: 'pay', app: undefined },
  play: showsQrCode,
};

export const DesktopEnglish: Story = {
  name: 'Desktop (QR code, English)',
  args: { reason: 'desktop', action: 'pay', app: undefined, locale: 'en' },
  play: showsQrCode,
};

/** Dark: the QR code stays dark on light, which every phone camera reads. */
export const DesktopDark: Story = {
  name: 'Desktop (QR code, dark)',
  args: { reason: 'desktop', action: 'login', app: undefined },
  decorators: [dark],
  play: showsQrCode,
};

export const InAppDark: Story = {
  name: 'In-app: WeChat (dark)',
  decorators: [dark],
  play: opensInApp,
};

/**
 * 关闭 / Close calls `onClose`; the app closes the dialog, and focus goes back to the button. (Escape
 * does the same; a play function's key presses are synthetic, which a browser's dialog ignores.)
 */
export const CloseGivesFocusBack: Story = {
  name: 'Close gives focus back',
  args: { open: false },
  play: async (context) => {
    const { args, canvas } = context;
    const en = localeOf(context) === 'en';
    const opener = canvas.getByRole('button', { name: en ? 'Show the guidance' : '显示引导' });
    await userEvent.click(opener);
    const dialog = await screen().findByRole('dialog', { name: texts['in-app-browser'][en ? 'en' : 'zh-CN'][0] });
    await userEvent.click(within(dialog).getByRole('button', { name: en ? 'Close' : '关闭' }));
    await expect(args.onClose).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen().queryByRole('dialog')).toBeNull());
    await expect(document.activeElement).toBe(opener);
  },
};

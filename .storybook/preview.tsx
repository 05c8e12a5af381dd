import type { Decorator, Preview } from '@storybook/react-vite';
import { CustomerServiceButton, QPayButton, ShareButton, VVChatLoginButton } from '@vvchat/ui';
import '@vvchat/ui/styles.css';
import './preview.css';
import { darkTheme } from '../stories/components/gallery';

/**
 * The toolbar's theme: `dark` renders the story on a dark surface with `data-theme="dark"`, which
 * switches the buttons' and the dialog's defaults (as a merchant's dark page does). `light` renders
 * the story as written: light is the default, whatever the OS says.
 */
const withTheme: Decorator = (Story, { globals, parameters }) => {
  if (globals.theme !== 'dark') return <Story />;
  // A fullscreen story (the dialog's page) gets the whole frame, not a card inside it.
  const fullscreen = parameters.layout === 'fullscreen';
  const style = fullscreen ? { ...darkTheme.style, padding: 0, borderRadius: 0, minBlockSize: '100vh' } : darkTheme.style;
  return (
    <div {...darkTheme} style={style}>
      <Story />
    </div>
  );
};

/** Components that follow the provider's locale: `withDemoPage` hands the toolbar's to the provider. */
const followProvider = new Set<unknown>([VVChatLoginButton, QPayButton, ShareButton, CustomerServiceButton]);

/**
 * The toolbar's locale, for stories of a component that takes `locale` itself and has no provider
 * to follow (GuidanceDialog): it fills the `locale` arg where the story and its meta leave it
 * unset, so a story that sets it keeps it. (The buttons keep their `locale` arg for what the story
 * says: a `locale` on a button is an override, rendered as its `lang`.)
 */
const withLocale: Decorator = (Story, { args, argTypes, component, globals }) => {
  if (followProvider.has(component) || !('locale' in argTypes) || args.locale !== undefined) return <Story />;
  return <Story args={{ ...args, locale: globals.locale }} />;
};

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    // Accessibility violations fail the story's test (in `pnpm test` and in Storybook's test panel).
    a11y: { test: 'error' },
    options: {
      storySort: {
        // The guides in the order a merchant needs them: the four capabilities first, then the rest.
        order: [
          'Introduction',
          'Guides',
          ['Login', 'Pay', 'Your backend', 'Share', 'Customer service', 'In-app browsers and desktops', 'On a real phone', 'Testing your integration', 'Errors', 'Security', 'Server rendering & Next.js App Router', 'Theming', '*'],
          'Flows',
          'Components',
          'Hooks',
          'Playground',
        ],
      },
    },
  },
  // Also in the address bar: iframe.html?id=<story>&viewMode=story&globals=theme:dark;locale:en
  globalTypes: {
    theme: {
      description: 'The page’s theme: `data-theme="dark"` on an ancestor switches the components’ defaults',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', icon: 'sun', title: 'Light' },
          { value: 'dark', icon: 'moon', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'The provider’s `locale` (a story that sets one keeps it)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'zh-CN', right: '中文', title: 'zh-CN' },
          { value: 'en', right: 'English', title: 'en' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'zh-CN' },
  // withLocale runs inside withTheme; both wrap the stories' own decorators (withDemoPage).
  decorators: [withLocale, withTheme],
};

export default preview;

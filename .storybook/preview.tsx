import type { Preview } from '@storybook/react-vite';
import '@vvchat/ui/styles.css';
import './preview.css';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Accessibility violations fail the story's test (in `pnpm test` and in Storybook's test panel).
    a11y: { test: 'error' },
    options: {
      storySort: {
        // The guides in the order a merchant needs them: the four capabilities first, then the rest.
        order: [
          'Introduction',
          'Guides',
          ['Login', 'Pay', 'Share', 'Customer service', 'In-app browsers and desktops', 'Errors', 'Security', 'Server rendering & Next.js App Router', 'Theming', '*'],
          'Flows',
          'Components',
          'Hooks',
          'Playground',
        ],
      },
    },
  },
};

export default preview;

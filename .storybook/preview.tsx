import type { Preview } from '@storybook/react-vite';
import '@vvchat/ui/styles.css';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Accessibility violations fail the story's test (in `pnpm test` and in Storybook's test panel).
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: ['Introduction', 'Guides', 'Flows', 'Components', 'Hooks', 'Playground'],
      },
    },
  },
};

export default preview;

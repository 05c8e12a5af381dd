import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions } from 'vite';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal(viteConfig) {
    // Stories import the packages' TypeScript source (the `@vvchat/source` export condition), so
    // the manual always shows the code in the repository, with no build step.
    viteConfig.resolve = { ...viteConfig.resolve, conditions: ['@vvchat/source', ...defaultClientConditions] };
    return viteConfig;
  },
};

export default config;

import type { StorybookConfig } from '@storybook/react-vite';
import { fileURLToPath } from 'node:url';
import remarkGfm from 'remark-gfm';
import { defaultClientConditions } from 'vite';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: [
    // GitHub-flavoured Markdown in the MDX pages: without it, the guides' `| … |` tables print as text.
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The API reference (TypeDoc HTML, built by `pnpm docs:api`, which `pnpm storybook` and
  // `pnpm build-storybook` run first), at /api-reference/: the "API reference" page links to it.
  staticDirs: [{ from: '../node_modules/.cache/api-reference', to: '/api-reference' }],
  typescript: {
    // The props tables read the components' TypeScript types and JSDoc (the full types, defaults and
    // required marks) rather than react-docgen's guesses ("function", "union").
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      tsconfigPath: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      // The published components only: not the stories' helpers (it would stamp displayName and
      // __docgenInfo on any exported object it takes for a component, such as the look args).
      include: ['**/packages/*/src/**/*.tsx'],
      // Our props only: not the hundreds a <button> inherits from React's DOM types.
      propFilter: (prop) => !prop.parent || !/node_modules/.test(prop.parent.fileName),
    },
  },
  viteFinal(viteConfig) {
    // Stories import the packages' TypeScript source (the `@vvchat/source` export condition), so
    // the manual always shows the code in the repository, with no build step.
    viteConfig.resolve = { ...viteConfig.resolve, conditions: ['@vvchat/source', ...defaultClientConditions] };
    return viteConfig;
  },
};

export default config;

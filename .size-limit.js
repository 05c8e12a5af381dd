// Size checks (size-limit with esbuild): what a page downloads for each typical usage, bundled
// from the BUILT packages (packages/*/dist: run `pnpm build` first), minified, gzipped; React,
// React DOM, React Query and clsx are the app's own, so they are left out.
//
// `limit` is what CI enforces: today's size plus a little where the budget is not met
// yet (`budgets` below; `pnpm size` prints both and writes the README's table). A dynamic
// `import()` (the desktop handoff dialog and its QR encoder; core's tab channel, once a login or
// payment starts; core's login return once the app came back, its pay return once a payment
// launches) is not part of a first load: it is left out of each usage and measured on its own line.

const react = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query'];
const withUi = [...react, 'clsx'];

/** The chunks the packages load with `import()`: not part of a first load. */
const lazyChunks = /(^|\/)(GuidanceDialog|qrSvg|tabChannel|loginReturn|payReturn)-[\w-]+\.js$/;

/** @type {import('esbuild').Plugin} */
const leaveLazyChunks = {
  name: 'vvchat-lazy-chunks',
  setup(build) {
    build.onResolve({ filter: lazyChunks }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};

/** The ui package's chunks that its entry loads statically: part of the first load, not of the lazy one. */
/** @type {import('esbuild').Plugin} */
const sharedChunks = {
  name: 'vvchat-shared-chunks',
  setup(build) {
    build.onResolve({ filter: /^\.\/visuallyHidden-[\w-]+\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};

/** As an app's bundler builds for production: ESM for browsers, UTF-8 (CJK text unescaped). */
const asAnApp = (/** @type {import('esbuild').BuildOptions} */ config) => ({
  ...config,
  format: 'esm',
  platform: 'browser',
  target: 'es2020',
  charset: 'utf8',
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [...(config.plugins ?? []), leaveLazyChunks],
});

const core = 'packages/core/dist/index.js';
const reactPackage = 'packages/react/dist/index.js';
const ui = 'packages/ui/dist/index.js';

/** @param {string} name @param {Record<string, string>} imports @param {string} limit @param {string[]} ignore */
const usage = (name, imports, limit, ignore = withUi) => ({ name, import: imports, ignore, limit, gzip: true, modifyEsbuildConfig: asAnApp });

export default [
  usage('<VVChatProvider> + <VVChatLoginButton>', { [reactPackage]: '{ VVChatProvider }', [ui]: '{ VVChatLoginButton }' }, '9.8 kB'),
  usage('<VVChatProvider> + <ShareButton>', { [reactPackage]: '{ VVChatProvider }', [ui]: '{ ShareButton }' }, '9.1 kB'),
  usage('<VVChatProvider> + <QPayButton>', { [reactPackage]: '{ VVChatProvider }', [ui]: '{ QPayButton }' }, '11.4 kB'),
  usage('<VVChatProvider> + <CustomerServiceButton>', { [reactPackage]: '{ VVChatProvider }', [ui]: '{ CustomerServiceButton }' }, '7.0 kB'),
  usage('all of @vvchat/core', { [core]: '*' }, '10.9 kB', []),
  usage('buildLoginLink alone', { [core]: '{ buildLoginLink }' }, '450 B', []),
  usage('all of @vvchat/react (with core)', { [reactPackage]: '*' }, '11.8 kB', react),
  {
    name: 'the desktop handoff chunk (loaded with import() when the dialog opens; QR encoder included)',
    path: 'packages/ui/dist/GuidanceDialog-*.js',
    // What the first load already brought (the packages, the shared chunk) is not counted again.
    ignore: [...withUi, '@vvchat/react', '@vvchat/core'],
    limit: '6 kB',
    gzip: true,
    modifyEsbuildConfig: (/** @type {import('esbuild').BuildOptions} */ config) => ({ ...asAnApp(config), plugins: [sharedChunks] }),
  },
  {
    name: 'the tab channel chunk (loaded with import() once a login or payment starts)',
    path: 'packages/core/dist/tabChannel-*.js',
    limit: '1 kB',
    gzip: true,
    modifyEsbuildConfig: asAnApp,
  },
  {
    name: 'the login return chunk (loaded with import() on a page whose address holds a login callback)',
    path: 'packages/core/dist/loginReturn-*.js',
    // Bundled with what it imports from the chunk it shares with the first load: an upper bound.
    limit: '1.7 kB',
    gzip: true,
    modifyEsbuildConfig: asAnApp,
  },
  {
    name: 'the pay return chunk (loaded with import() once a payment launches: the return, the verification schedule)',
    path: 'packages/core/dist/payReturn-*.js',
    // Bundled with what it imports from the chunks it shares with the first load: an upper bound.
    limit: '1.8 kB',
    gzip: true,
    modifyEsbuildConfig: asAnApp,
  },
  { name: '@vvchat/ui/styles.css', path: 'packages/ui/dist/styles.css', limit: '1.8 kB', gzip: true },
];

/** The budget for each check (issue #13), where CI's `limit` is still above it. */
export const budgets = {
  '<VVChatProvider> + <VVChatLoginButton>': '4.0 kB',
  '<VVChatProvider> + <ShareButton>': '3.6 kB',
  '<VVChatProvider> + <QPayButton>': '4.6 kB',
  '<VVChatProvider> + <CustomerServiceButton>': '3.4 kB',
  'all of @vvchat/core': '5.0 kB',
  'buildLoginLink alone': '450 B',
  'the desktop handoff chunk (loaded with import() when the dialog opens; QR encoder included)': '6.0 kB',
  '@vvchat/ui/styles.css': '1.8 kB',
};

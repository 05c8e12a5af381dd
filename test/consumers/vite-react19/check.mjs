// Checks what `vite build` made of the app: the stylesheet and the four buttons (with the
// core links they launch) are in the production bundle, and index.html loads both.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = 'dist';
const problems = [];
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const entry = manifest['index.html'];
if (!entry?.isEntry) throw new Error('no index.html entry in dist/.vite/manifest.json');

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const js = [entry.file, ...(entry.imports ?? []).map((key) => manifest[key].file)]
  .map((file) => readFileSync(join(dist, file), 'utf8'))
  .join('\n');
const cssFiles = entry.css ?? [];
const css = cssFiles.map((file) => readFileSync(join(dist, file), 'utf8')).join('\n');

// The stylesheet: every class of @vvchat/ui/styles.css made it into the app's CSS.
if (cssFiles.length === 0) problems.push('the entry has no CSS: was @vvchat/ui/styles.css dropped?');
for (const file of [entry.file, ...cssFiles]) {
  if (!html.includes(file)) problems.push(`dist/index.html does not load ${file}`);
}
const packedCss = readFileSync('node_modules/@vvchat/ui/dist/styles.css', 'utf8');
const classes = [...new Set(packedCss.match(/\.vvchat-[\w-]+/g) ?? [])];
if (classes.length === 0) problems.push('no .vvchat-* class in the packed @vvchat/ui/dist/styles.css');
for (const name of classes) if (!css.includes(name)) problems.push(`CSS lacks ${name}`);
for (const property of ['--vvchat-color-brand', '--vvchat-color-focus']) {
  if (!css.includes(property)) problems.push(`CSS lacks the custom property ${property}`);
}

// The code: the buttons (their class and default labels), the links they launch, React 19.
const expected = {
  'button class': 'vvchat-button',
  'VVChatLoginButton label': 'Log in with VVChat',
  'QPayButton label': 'Pay with QPay',
  'ShareButton label': 'Share to VVChat',
  'CustomerServiceButton label': 'Contact support',
  'login link (core)': 'thirdlogin',
  'pay link (core)': 'imprest_code',
  'customer-service link (core)': 'openSessionView',
  'share link (core)': 'share_title',
  'React 19': '"19.',
};
for (const [what, text] of Object.entries(expected)) {
  if (!js.includes(text)) problems.push(`bundle lacks the ${what} (${JSON.stringify(text)})`);
}
if (js.includes('@vvchat/source') || js.includes('/src/index.ts')) problems.push('bundle refers to @vvchat sources');
if (!existsSync(join(dist, 'index.html'))) problems.push('no dist/index.html');

if (problems.length > 0) {
  for (const problem of problems) console.error(`✗ ${problem}`);
  process.exit(1);
}
const kB = (text) => `${(Buffer.byteLength(text) / 1000).toFixed(1)} kB`;
console.log(`vite build ok: ${entry.file} (${kB(js)}) with the four buttons and core links; ${cssFiles.join(', ')} (${kB(css)}) with all ${classes.length} .vvchat-* classes`);

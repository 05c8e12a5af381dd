// `next build` passed (no "use client", window or document errors, the page prerendered).
// Check the prerendered page: the server component's link and both buttons are in the HTML.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const problems = [];
const htmlFile = join('.next', 'server', 'app', 'index.html');
if (!existsSync(htmlFile)) {
  console.error(`✗ ${htmlFile} is missing: "/" was not prerendered as a static page`);
  process.exit(1);
}
const html = readFileSync(htmlFile, 'utf8');
const expected = {
  'server-built login link': 'qyx://thirdlogin?app_id=consumer-next&amp;scope=snsapi_userinfo&amp;state=server',
  'VVChatLoginButton (client island)': 'Log in with VVChat',
  'CustomerServiceButton (from the server component)': 'Contact support',
  'button markup': 'class="vvchat-button',
  'idle status': 'data-status="idle"',
};
for (const [what, text] of Object.entries(expected)) {
  if (!html.includes(text)) problems.push(`the prerendered page lacks the ${what} (${text})`);
}
const buttons = html.match(/<button[^>]*type="button"/g) ?? [];
if (buttons.length !== 2) problems.push(`expected 2 buttons in the prerendered page, found ${buttons.length}`);

// The page loads the stylesheet (the layout imports @vvchat/ui/styles.css).
const stylesheets = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\/_next\/(static\/[^"]+\.css)"/g)].map((m) => m[1]);
const css = stylesheets.map((file) => readFileSync(join('.next', file), 'utf8')).join('\n');
if (!css.includes('.vvchat-button')) problems.push(`no .vvchat-button rule in the page's stylesheets (${stylesheets.join(', ') || 'none'})`);

if (problems.length > 0) {
  for (const problem of problems) console.error(`✗ ${problem}`);
  process.exit(1);
}
console.log('next build ok: "/" prerendered with the server-built link, the client island\'s login button, a button rendered from the server component, and the stylesheet');

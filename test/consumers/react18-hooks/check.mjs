// React 18 from the tarballs: every hook is importable and works inside VVChatProvider,
// rendered to a string by react-dom/server 18 (with and without the app's own
// QueryClientProvider); the four buttons render too.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { createElement as h, version } from 'react';
import { renderToString } from 'react-dom/server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import * as vvchatReact from '@vvchat/react';
import { CustomerServiceButton, QPayButton, ShareButton, VVChatLoginButton } from '@vvchat/ui';

const { VVChatProvider, useVVChatLogin, useQPay, useShare, useCustomerService, useVVChatLocale, useVVChatEnvironment } = vvchatReact;

assert.match(version, /^18\./, `expected React 18, got ${version}`);
// One React: the app's 18, not a copy nested under our packages.
const require = createRequire(import.meta.url);
for (const pkg of ['@vvchat/react', '@vvchat/ui']) {
  const fromPackage = createRequire(require.resolve(`${pkg}/package.json`)).resolve('react');
  assert.equal(fromPackage, require.resolve('react'), `${pkg} resolves its own react: ${fromPackage}`);
}
const hooks = ['useVVChatLogin', 'useQPay', 'useShare', 'useCustomerService', 'useVVChatLocale', 'useVVChatFallbackUrl', 'useVVChatEnvironment'];
for (const name of hooks) assert.equal(typeof vvchatReact[name], 'function', `${name} is not a function`);
const exported = Object.keys(vvchatReact).filter((name) => /^use[A-Z]/.test(name)).sort();
assert.deepEqual(exported, [...hooks].sort(), 'the hooks @vvchat/react exports');

function Login() {
  const { status, login, reset, data, code, error } = useVVChatLogin({ exchangeCode: async (c) => ({ c }) });
  assert.equal(typeof login, 'function');
  assert.equal(typeof reset, 'function');
  return h('output', { 'data-hook': 'login' }, `${status}|${String(data)}|${String(code)}|${String(error)}`);
}
function Pay() {
  const { status, pay, confirm, tradeNo } = useQPay({ createOrder: async () => 'imp-1', verifyPayment: async () => 'paid' });
  assert.equal(typeof pay, 'function');
  assert.equal(typeof confirm, 'function');
  return h('output', { 'data-hook': 'pay' }, `${status}|${String(tradeNo)}`);
}
function Share() {
  const { status, share, result } = useShare();
  assert.equal(typeof share, 'function');
  return h('output', { 'data-hook': 'share' }, `${status}|${String(result)}`);
}
function CustomerService() {
  const { status, open } = useCustomerService({ openId: 'open-1' });
  assert.equal(typeof open, 'function');
  return h('output', { 'data-hook': 'customer-service' }, status);
}
function Locale() {
  return h('output', { 'data-hook': 'locale' }, useVVChatLocale());
}
function Environment() {
  return h('output', { 'data-hook': 'environment' }, useVVChatEnvironment().kind);
}

const hookTree = [h(Login), h(Pay), h(Share), h(CustomerService), h(Locale), h(Environment)];
const expectedHooks = {
  login: 'idle|undefined|undefined|undefined',
  pay: 'idle|undefined',
  share: 'idle|undefined',
  'customer-service': 'idle',
  locale: 'en',
  // On the server: 'unknown', whatever Node's navigator says.
  environment: 'unknown',
};
function checkHooks(html, where) {
  for (const [hook, text] of Object.entries(expectedHooks)) {
    assert.ok(html.includes(`<output data-hook="${hook}">${text}</output>`), `${where}: ${hook} should render "${text}" in\n${html}`);
  }
}

// 1. VVChatProvider brings its own QueryClient.
checkHooks(renderToString(h(VVChatProvider, { appId: 'consumer-react18', locale: 'en' }, ...hookTree)), 'own client');

// 2. Inside the app's QueryClientProvider.
const queryClient = new QueryClient();
checkHooks(
  renderToString(h(QueryClientProvider, { client: queryClient }, h(VVChatProvider, { appId: 'consumer-react18', locale: 'en' }, ...hookTree))),
  "app's client",
);

// 3. The buttons on React 18 (forwardRef, useId), in Chinese by default.
const buttons = renderToString(
  h(
    VVChatProvider,
    { appId: 'consumer-react18' },
    h(VVChatLoginButton, { exchangeCode: async (c) => ({ c }) }),
    h(QPayButton, { createOrder: async () => 'imp-1', amount: 12 }),
    h(ShareButton, { content: { title: 'Hi', url: 'https://example.com/' } }),
    h(CustomerServiceButton, { openId: 'open-1' }),
  ),
);
const rendered = buttons.match(/<button[^>]*data-status="idle"/g) ?? [];
assert.equal(rendered.length, 4, `four idle buttons expected in\n${buttons}`);
for (const label of ['VVChat 登录', 'QPay 支付', '分享到 VVChat', '联系客服']) {
  assert.ok(buttons.includes(label), `the buttons should show "${label}" in\n${buttons}`);
}

console.log(`React ${version}: ${hooks.join(', ')} render idle inside VVChatProvider (own and app QueryClient); the four buttons render`);

// @vitest-environment node
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * "A button bundles only its own icon and texts" (issue 13), checked on what an app's bundler
 * makes of the built package: each button, bundled alone from packages/ui/dist (as size-limit does),
 * carries its own labels and its own flow's screen-reader messages, every button's messages, and
 * none of the other buttons' texts. Needs `pnpm build` (run by `pnpm test`).
 */
const root = fileURLToPath(new URL('../..', import.meta.url));

async function bundle(button: string): Promise<string> {
  const result = await esbuild.build({
    stdin: { contents: `export { VVChatProvider } from './packages/react/dist/index.js'; export { ${button} } from './packages/ui/dist/index.js';`, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    charset: 'utf8',
    external: ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query', 'clsx'],
    // The dialog's chunk is loaded with import(): not part of the button's bundle.
    plugins: [{ name: 'lazy', setup: (build) => build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined)) }],
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** One text of each button's labels and of each flow's own messages, in both locales. */
const texts = {
  VVChatLoginButton: ['VVChat 登录', 'Log in with VVChat', '登录已失效，请重新登录。', 'This login has expired. Please log in again.'],
  QPayButton: ['QPay 支付', 'Pay with QPay', '下单失败，请稍后重试。', 'The order could not be created. Please try again later.'],
  ShareButton: ['分享到 VVChat', 'Share to VVChat', '无法复制链接，请手动复制。', "The link couldn't be copied. Copy it by hand."],
  CustomerServiceButton: ['联系客服', 'Contact support'],
};
/** Every button's messages (a blocked launch, the app not opening). */
const everyButtons = ['请再点一次以打开 VVChat。', 'Tap again to open VVChat.', '未能打开 VVChat，请确认已安装 VVChat。', "VVChat didn't open. Is the VVChat app installed?"];

describe.each(Object.keys(texts) as (keyof typeof texts)[])('%s, bundled alone', (button) => {
  it("carries its own texts and every button's messages, and no other button's texts", async () => {
    const code = await bundle(button);
    for (const text of [...texts[button], ...everyButtons]) expect(code, text).toContain(text);
    for (const [other, theirs] of Object.entries(texts)) {
      if (other !== button) for (const text of theirs) expect(code, `${other}: ${text}`).not.toContain(text);
    }
  });
});

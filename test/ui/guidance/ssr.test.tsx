// @vitest-environment node
import { beforeAll, expect, it } from 'vitest';
import { trapBrowserGlobals, type Access } from '../../support/serverGlobals';

/** Every browser global throws when read (a `typeof` probe excepted), before the dialog is imported. */
const { touches } = trapBrowserGlobals();

let server: typeof import('react-dom/server');
let guidance: typeof import('../../../packages/ui/src/guidance');
let touchesAtImport: Access[];

beforeAll(async () => {
  [server, guidance] = await Promise.all([import('react-dom/server'), import('../../../packages/ui/src/guidance')]);
  touchesAtImport = touches();
});

it('imports without touching browser globals', () => {
  expect(touchesAtImport).toEqual([]);
});

it.each(['in-app-browser', 'desktop'] as const)('renders an open %s dialog on the server without touching browser globals', (reason) => {
  const { GuidanceDialog } = guidance;
  const before = touches().length;
  const html = server.renderToString(<GuidanceDialog open reason={reason} app="qq" action="pay" onClose={() => {}} />);
  expect(touches().slice(before)).toEqual([]);
  expect(html).toContain(reason === 'desktop' ? '在手机上继续' : '请在浏览器中打开');
  // Shown (modal) only once hydrated: the server sends a closed <dialog>, and no QR code yet.
  expect(html).toMatch(/^<dialog (?![^>]*\bopen\b)[^>]*aria-labelledby=/);
  if (reason === 'desktop') expect(html).toContain('正在生成二维码…');
});

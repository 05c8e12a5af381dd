import { describe, expect, it, vi } from 'vitest';
import { aptCommand, findChromium, type ChromiumSearch } from '../chromium';

/** A machine with these files, and an installer that does what it is told. */
function machine({ files = [], env = {}, installs }: { files?: string[]; env?: Record<string, string>; installs?: boolean }) {
  const present = new Set(files);
  const playwright = '/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';
  const search: ChromiumSearch = {
    env,
    exists: (path) => present.has(path),
    playwrightPath: () => playwright,
    install: vi.fn(() => {
      if (installs) present.add(playwright);
      return { ok: !!installs, output: installs ? 'Chromium downloaded' : 'Error: getaddrinfo ENOTFOUND cdn.playwright.dev' };
    }),
    log: vi.fn(),
  };
  return { search, playwright };
}

// Issue 13: `pnpm test` on an ordinary developer machine (no Debian Chromium) stopped at once.
describe('pnpm test finds its Chromium, or installs one', () => {
  it('takes CHROMIUM_PATH first, and says so when nothing is there', () => {
    const { search } = machine({ files: ['/opt/chrome', '/usr/bin/chromium'], env: { CHROMIUM_PATH: '/opt/chrome' } });
    expect(findChromium(search)).toBe('/opt/chrome');
    const { search: missing } = machine({ files: ['/usr/bin/chromium'], env: { CHROMIUM_PATH: '/nowhere' } });
    expect(() => findChromium(missing)).toThrow('CHROMIUM_PATH is /nowhere, and there is no browser there.');
  });

  it("takes the system's Chromium, then Playwright's installed one, installing nothing", () => {
    const system = machine({ files: ['/usr/bin/chromium-browser'] });
    expect(findChromium(system.search)).toBe('/usr/bin/chromium-browser');
    const bundled = machine({});
    bundled.search.exists = (path) => path === bundled.playwright;
    expect(findChromium(bundled.search)).toBe(bundled.playwright);
    expect(system.search.install).not.toHaveBeenCalled();
    expect(bundled.search.install).not.toHaveBeenCalled();
  });

  it("installs Playwright's Chromium when there is none, and uses it", () => {
    const { search, playwright } = machine({ installs: true });
    expect(findChromium(search)).toBe(playwright);
    expect(search.install).toHaveBeenCalledOnce();
    expect(search.log).toHaveBeenCalledWith(expect.stringContaining('playwright install chromium'));
  });

  it('stops only when the install fails too, naming the apt command and what the installer said', () => {
    const { search } = machine({ installs: false });
    expect(() => findChromium(search)).toThrow(aptCommand);
    expect(() => findChromium(search)).toThrow('ENOTFOUND');
  });
});

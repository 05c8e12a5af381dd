import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aptCommand, findChromium, type ChromiumSearch } from '../chromium';
import { baselineRenderer, unlikeBaselines } from '../e2e/renderer';

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

// The visual baselines failed all 186 Chinese and dark pictures on a new machine without
// fonts-noto-cjk, with nothing saying why; .ci/run did not install the font.
describe('the visual regression knows when this machine cannot render its baselines', () => {
  const fonts = 'Noto Sans CJK SC,Noto Sans CJK\nNoto Serif CJK SC\n';

  it("renders them with Debian's Chromium, by its wrapper or its binary, and Noto Sans CJK", () => {
    expect(unlikeBaselines('/usr/bin/chromium', () => fonts)).toBeUndefined();
    expect(unlikeBaselines('/usr/lib/chromium/chromium', () => fonts)).toBeUndefined();
  });

  it('names the missing font and the apt command', () => {
    expect(unlikeBaselines('/usr/bin/chromium', () => 'DejaVu Sans\n')).toBe(
      `the baselines draw text with Noto Sans CJK SC, which this machine lacks (${baselineRenderer.apt})`,
    );
    expect(unlikeBaselines('/usr/bin/chromium', () => '')).toContain('fonts-noto-cjk');
  });

  it("names another browser than Debian's Chromium", () => {
    expect(unlikeBaselines('/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome', () => fonts)).toContain(
      "the baselines are Debian's Chromium's (/usr/bin/chromium); this run uses /root/.cache/ms-playwright",
    );
  });

  it('.ci/run installs what the baselines need', () => {
    const run = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../.ci/run'), 'utf8');
    expect(run).toContain('fonts-noto-cjk');
    expect(run).toContain(baselineRenderer.chromium);
    // The visual test fails, rather than skips, only where CI is set: .ci/run sets it itself.
    expect(run).toMatch(/^export CI=1$/m);
  });
});

import { afterAll, afterEach, beforeAll } from 'vitest';
import { startChromium, type Chromium } from './browser';
import { servePages, type PageServer } from './pageServer';
import { Phone, type PhoneOptions } from './phone';

export { Phone } from './phone';
export type { FocusState, PageEvent, Report } from './phone';

export interface HarnessOptions {
  /**
   * Let the test server's origin launch `qyx://` links without Chromium's external-protocol
   * prompt (as after "Always allow"): the page then keeps its focus, and Chromium hands the link
   * to `xdg-open` (see `launchedLinks()`). Without it, every launch opens the prompt, which blurs
   * the page (see browser.ts).
   */
  allowQyx?: boolean;
}

export interface Harness {
  readonly server: PageServer;
  readonly chromium: Chromium;
  /** Opens `test/chromium/pages/<name>.ts(x)` with `query` on a new phone (closed after the test). */
  openPhone(name: string, query?: Record<string, string | number | undefined>, options?: PhoneOptions): Promise<Phone>;
}

/**
 * Registers the file's hooks: one page server and one Chromium for the file (started in
 * `beforeAll`, stopped in `afterAll`), and phones closed after each test, which fails if a page
 * had an uncaught error.
 *
 * Chromium's external-protocol rule is per browser: after a launch, the next one needs real input
 * (a tap, a click, a key) first, so tests that launch should launch from `phone.tap()`.
 */
export function setUpChromium(options: HarnessOptions = {}): Harness {
  let server: PageServer | undefined;
  let chromium: Chromium | undefined;
  const phones: Phone[] = [];

  beforeAll(async () => {
    server = await servePages();
    chromium = await startChromium(options.allowQyx ? { allowExternalProtocols: [{ origin: server.origin, schemes: ['qyx'] }] } : {});
  });

  afterEach(async () => {
    const errors = phones.flatMap((phone) => phone.pageErrors);
    await Promise.all(phones.splice(0).map((phone) => phone.close()));
    if (errors.length) throw new Error(`Uncaught errors in the page:\n${errors.join('\n')}`);
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('setUpChromium: used outside a test (beforeAll has not run)');
    return value;
  };

  return {
    get server() {
      return started(server);
    },
    get chromium() {
      return started(chromium);
    },
    async openPhone(name, query, phoneOptions) {
      const pages = started(server);
      await pages.bundle(name);
      const phone = await Phone.open(started(chromium), pages.pageUrl(name, query), phoneOptions);
      phones.push(phone);
      return phone;
    },
  };
}

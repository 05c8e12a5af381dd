import { Fragment, useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { Decorator, StoryContext } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { parseDeepLink, type DeepLink, type Launcher, type LaunchResult } from '@vvchat/core';
import { VVChatProvider, type ShareResultChannel, type VVChatLocale, type VVChatStorage } from '@vvchat/react';
import { createSimulator } from '@vvchat/simulator';
import { demoAppId } from '../flows/SimulatedPage';

/**
 * How the stand-in VVChat app answers each launch:
 * - `simulator`: the real `@vvchat/simulator`; answer its sheets yourself;
 * - `never`: the app never answers, so the launch stays pending (the buttons' `launching` state);
 * - `not-installed`: the launch ends `not-opened`, as when VVChat is not installed;
 * - `opened`: the app came to the front and nothing comes back (yet);
 * - `approve` / `deny`: the app opened and the user agreed / refused: login comes back to
 *   `redirect_uri` with `code` (or `err_code=1`), pay comes back with `trade_no`, share delivers
 *   `{ code: 200 }` (or `{ code: 400, err_msg: '请求失败！' }`).
 */
export type AppAnswer = 'simulator' | 'never' | 'not-installed' | 'opened' | 'approve' | 'deny';

/**
 * What the story's "user" does once a button shows the status `when`:
 * - `tap`: clicks it;
 * - `late-tap`: clicks it once the page's user activation has lapsed (a programmatic click carries
 *   none), as when `createOrder` took longer than the browser counts a tap;
 * - `page-shown`: fires `visibilitychange`, as when the user switches back from the VVChat app.
 */
export interface ScriptStep {
  when: string;
  then: 'tap' | 'late-tap' | 'page-shown';
}

/** A story's stand-in world: the app, the user's script, and provider props. */
export interface DemoOptions {
  app?: AppAnswer;
  script?: readonly ScriptStep[];
  /** The provider's `locale`. */
  locale?: VVChatLocale;
  /** The provider's `fallbackUrl`. */
  fallbackUrl?: string;
  /** Shows the button's `data-status` and what screen readers hear under it. */
  caption?: boolean;
  /** Called with each link the page launches (to count them in a play function). */
  onLaunch?: (link: string) => void;
}

/** A Map-backed Web Storage stand-in: each demo page keeps its login states and pending order to itself. */
export function memoryStorage(): VVChatStorage {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

/** `url` with `params` added to its query. */
function withParams(url: string, params: Record<string, string>): string {
  const target = new URL(url);
  for (const [name, value] of Object.entries(params)) target.searchParams.set(name, value);
  return target.href;
}

let issued = 0;

/** A {@link Launcher} that answers as {@link AppAnswer} says, with no sheet on the page. */
function scriptedApp(
  answer: Exclude<AppAnswer, 'simulator'>,
  world: { back: (url: string) => void; shareResult: (result: unknown) => void },
): Launcher {
  const respond = (link: DeepLink) => {
    const approve = answer === 'approve';
    if (link.action === 'login') {
      const state = link.state ? { state: link.state } : {};
      world.back(withParams(link.redirectUri, approve ? { err_code: '0', code: `STORYCODE${++issued}`, ...state } : { err_code: '1', ...state }));
    } else if (link.action === 'pay' && approve) {
      world.back(withParams(link.redirectUri ?? location.href, { trade_no: `STORYTRADE${++issued}` }));
    } else if (link.action === 'share') {
      world.shareResult(approve ? { code: 200 } : { code: 400, err_msg: '请求失败！' });
    }
  };
  return {
    launch(link): Promise<LaunchResult> {
      if (answer === 'never') return new Promise<LaunchResult>(() => undefined);
      if (answer === 'not-installed') return Promise.resolve({ outcome: 'not-opened', elapsedMs: 0 });
      const deepLink = parseDeepLink(link);
      if (answer !== 'opened') setTimeout(() => respond(deepLink), 50);
      return Promise.resolve({ outcome: 'opened', elapsedMs: 0 });
    },
  };
}

/**
 * Puts `url` in the address bar as the app's return does, in a layout effect: before the hooks
 * of the same (re)mounted page read `location` in their effects.
 */
function ReturnTo({ url }: { url: string | undefined }) {
  useLayoutEffect(() => {
    if (url) history.replaceState(history.state, '', url);
  }, [url]);
  return null;
}

/** Runs `script` against the first VVChat button in `container`, each step once, in order. */
function useScript(container: RefObject<HTMLElement | null>, script: readonly ScriptStep[] | undefined): void {
  useEffect(() => {
    const root = container.current;
    if (!root || !script?.length) return;
    let next = 0;
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const later = (run: () => void, ms: number) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        run();
      }, ms);
      timers.add(timer);
    };
    const button = () => root.querySelector<HTMLButtonElement>('.vvchat-button');
    const activationLapsed = () =>
      !(navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation?.isActive;
    const tapWhenLapsed = () => (activationLapsed() ? button()?.click() : later(tapWhenLapsed, 100));
    const check = () => {
      const step = script[next];
      if (!step || button()?.dataset.status !== step.when) return;
      next++;
      if (step.then === 'tap') later(() => button()?.click(), 0);
      else if (step.then === 'late-tap') later(tapWhenLapsed, 0);
      else later(() => document.dispatchEvent(new Event('visibilitychange')), 0);
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status'] });
    check();
    return () => {
      observer.disconnect();
      timers.forEach(clearTimeout);
    };
  }, [container, script]);
}

/** The first VVChat button's `data-status` and accessible description, kept up to date. */
function StatusCaption({ container }: { container: RefObject<HTMLElement | null> }) {
  const [shown, setShown] = useState({ status: '', heard: '' });
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const read = () => {
      const button = root.querySelector<HTMLButtonElement>('.vvchat-button');
      const describedBy = button?.getAttribute('aria-describedby') ?? '';
      const heard = describedBy
        .split(' ')
        .map((id) => (id ? (document.getElementById(id)?.textContent ?? '') : ''))
        .join(' ')
        .trim();
      setShown((last) =>
        last.status === (button?.dataset.status ?? '') && last.heard === heard ? last : { status: button?.dataset.status ?? '', heard },
      );
    };
    read();
    const observer = new MutationObserver(read);
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    return () => observer.disconnect();
  }, [container]);
  return (
    // The surface's text colour, so that it reads on the toolbar's dark theme too.
    <p style={{ margin: '12px 0 0', color: 'inherit', fontFamily: 'system-ui, sans-serif', fontSize: 14 }}>
      <code>data-status</code>: <strong>{shown.status}</strong>
      {shown.heard ? <> · screen readers hear: “{shown.heard}”</> : null}
    </p>
  );
}

/** Props of {@link DemoPage}. */
export interface DemoPageProps extends DemoOptions {
  children: ReactNode;
}

/**
 * A merchant's page for the component stories: `VVChatProvider` over a stand-in VVChat app.
 * When the app "comes back to `redirect_uri`", the page does what a page load does (the URL gets
 * the callback, the provider mounts afresh) without leaving the story.
 */
export function DemoPage({ app = 'simulator', script, locale, fallbackUrl, caption, onLaunch, children }: DemoPageProps) {
  const container = useRef<HTMLDivElement>(null);
  const [storage] = useState(memoryStorage);
  const [page, setPage] = useState<{ load: number; url?: string }>({ load: 0 });
  const [shareListeners] = useState(() => new Set<(payload: unknown) => void>());
  const [channel] = useState(() => {
    const listen: ShareResultChannel = (deliver) => {
      shareListeners.add(deliver);
      return () => void shareListeners.delete(deliver);
    };
    return listen;
  });
  const [launcher] = useState<Launcher>(() => {
    const back = (url: string) => setPage((last) => ({ load: last.load + 1, url }));
    const answering =
      app === 'simulator'
        ? createSimulator({ navigate: back })
        : scriptedApp(app, { back, shareResult: (result) => shareListeners.forEach((deliver) => deliver(result)) });
    return onLaunch
      ? {
          launch: (link, options) => {
            onLaunch(link);
            return answering.launch(link, options);
          },
        }
      : answering;
  });
  useScript(container, script);
  return (
    <div ref={container}>
      <Fragment key={page.load}>
        <ReturnTo url={page.url} />
        <VVChatProvider
          appId={demoAppId}
          launcher={launcher}
          storage={storage}
          locale={locale}
          fallbackUrl={fallbackUrl}
          shareResultChannel={app === 'simulator' ? undefined : channel}
        >
          {children}
        </VVChatProvider>
      </Fragment>
      {caption ? <StatusCaption container={container} /> : null}
    </div>
  );
}

const locales: readonly unknown[] = ['zh-CN', 'en'] satisfies VVChatLocale[];
const isLocale = (value: unknown): value is VVChatLocale => locales.includes(value);

/** What a play function reads of its story's context. */
type PlayContext = Pick<StoryContext, 'canvasElement' | 'args' | 'parameters' | 'globals'>;

/**
 * The provider's locale: the story's `parameters.demo.locale`, else the toolbar's `locale` global
 * (`globals=locale:en` in the address bar), else the provider's default.
 */
function demoLocale({ parameters, globals }: Pick<PlayContext, 'parameters' | 'globals'>): VVChatLocale | undefined {
  const own = (parameters.demo as DemoOptions | undefined)?.locale;
  if (own) return own;
  const chosen: unknown = globals.locale;
  return isLocale(chosen) ? chosen : undefined;
}

/** The component stories' decorator: each story's `parameters.demo` sets up its {@link DemoPage}. */
export const withDemoPage: Decorator = (Story, context) => {
  const options = (context.parameters.demo ?? {}) as DemoOptions;
  const locale = demoLocale(context);
  return (
    <DemoPage {...options} {...(locale && { locale })}>
      <Story />
    </DemoPage>
  );
};

/** The locale the story's button speaks: its `locale` arg, else the provider's, else `zh-CN`. */
function buttonLocale(context: PlayContext): VVChatLocale {
  const own: unknown = (context.args as { locale?: unknown }).locale;
  return isLocale(own) ? own : (demoLocale(context) ?? 'zh-CN');
}

/**
 * A play function that waits until the story's button shows `status` and, for errors, says why:
 * `description` per locale, or one pattern for `zh-CN` (the stories' default). In a locale with no
 * pattern (the toolbar's `locale: en`) only the status is checked.
 */
export function expectStatus(status: string, description?: RegExp | Partial<Record<VVChatLocale, RegExp>>) {
  return async (context: PlayContext): Promise<void> => {
    const canvas = within(context.canvasElement);
    await waitFor(() => expect(canvas.getByRole('button')).toHaveAttribute('data-status', status), { timeout: 8000 });
    const expected = description instanceof RegExp ? { 'zh-CN': description } : description;
    const heard = expected?.[buttonLocale(context)];
    if (heard) await expect(canvas.getByRole('button')).toHaveAccessibleDescription(heard);
  };
}

/**
 * A play function for a keyboard user: focuses the story's button and presses Enter; the button
 * becomes pending in `status` and keeps focus (focusable, `aria-disabled`, `aria-busy`,
 * `data-pending`, never native `disabled`); Enter, Space and a click while pending start nothing
 * more. `started` counts what a press starts (launches, `createOrder` calls).
 */
export function pressWhilePending(status: string, started: () => number) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    const button = within(canvasElement).getByRole('button');
    const before = started();
    button.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(button).toHaveAttribute('data-status', status), { timeout: 8000 });
    await waitFor(() => expect(started()).toBe(before + 1));
    await expect(button).toHaveFocus();
    await expect(button).toBeEnabled();
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await expect(button).toHaveAttribute('data-pending');

    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    await userEvent.click(button);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(started()).toBe(before + 1);
    await expect(button).toHaveAttribute('data-status', status);
    await expect(button).toHaveFocus();
  };
}

/** A promise that never settles: holds a backend call (and so a button) in its busy state. */
export function never<T>(): Promise<T> {
  return new Promise<T>(() => undefined);
}

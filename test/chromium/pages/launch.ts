import { launch, type LaunchOptions } from '@vvchat/core';
import { report } from './report';

/**
 * A merchant page with one button that calls `launch()` of @vvchat/core, the browser's launcher.
 * Query: `link` (default a login link), `fallback` (fallbackUrl), `timeout` (timeoutMs).
 * Reports `started` when it has called launch() (with the user activation before and after), then
 * `result` ({ outcome, elapsedMs, listeners, and the visibilityState and hasFocus at that moment }) or
 * `error` ({ code, message }).
 */
const params = new URLSearchParams(location.search);
const link = params.get('link') ?? 'qyx://thirdlogin?app_id=test&scope=snsapi_userinfo&state=STATE&redirect_uri=https%3A%2F%2Fshop.example%2Fcb';
const options: LaunchOptions = {};
if (params.has('fallback')) options.fallbackUrl = params.get('fallback')!;
if (params.has('timeout')) options.timeoutMs = Number(params.get('timeout'));

/**
 * The focus and visibility listeners the window and the document hold now, per type, counted by
 * wrapping their add/removeEventListener (before any launch): those of a result must all be 0.
 */
const watched = new Set(['visibilitychange', 'pagehide', 'blur', 'focus']);
const active = new Map<string, Set<unknown>>();
for (const [name, target] of [['window', window], ['document', document]] as const) {
  target.addEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, opts?: AddEventListenerOptions | boolean) => {
    if (watched.has(type) && listener) active.set(`${name}:${type}`, (active.get(`${name}:${type}`) ?? new Set()).add(listener));
    EventTarget.prototype.addEventListener.call(target, type, listener, opts);
  };
  target.removeEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, opts?: EventListenerOptions | boolean) => {
    active.get(`${name}:${type}`)?.delete(listener);
    EventTarget.prototype.removeEventListener.call(target, type, listener, opts);
  };
}
const listeners = () => Object.fromEntries([...active].map(([key, set]) => [key, set.size]));

function start(): void {
  const activeBefore = navigator.userActivation.isActive;
  const startedAt = performance.now();
  const launched = launch(link, options);
  report('started', { startedAt, activeBefore, activeAfter: navigator.userActivation.isActive, listeners: listeners() });
  launched.then(
    (result) => report('result', { ...result, startedAt, listeners: listeners(), visibilityState: document.visibilityState, hasFocus: document.hasFocus() }),
    (error: unknown) => report('error', { code: (error as { code?: string }).code, message: String(error), listeners: listeners() }),
  );
}

const button = document.createElement('button');
button.id = 'open';
button.textContent = 'Open VVChat';
button.style.cssText = 'width: 240px; height: 64px; margin: 40px';
button.addEventListener('click', start);
document.getElementById('root')!.append(button);

declare global {
  interface Window {
    /** Starts a launch from the test, e.g. without user activation. */
    startLaunch: () => void;
  }
}
window.startLaunch = start;
report('ready');

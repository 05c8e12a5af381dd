import { report } from './report';

/**
 * A bare page for the harness's own tests: a button, and `window.probe` to measure the main
 * thread (the longest gap between 10 ms ticks) and timer lateness.
 */
const button = document.createElement('button');
button.id = 'button';
button.textContent = 'Tap me';
button.style.cssText = 'width: 200px; height: 80px; margin: 40px';
button.addEventListener('click', () => report('clicked', { isActive: navigator.userActivation.isActive }));
document.getElementById('root')!.append(button);

let last = performance.now();
let longestGap = 0;
setInterval(() => {
  const now = performance.now();
  longestGap = Math.max(longestGap, now - last);
  last = now;
}, 10);

const probe = {
  /** The longest gap between two 10 ms ticks since the last call. */
  takeLongestGap(): number {
    const gap = Math.max(longestGap, performance.now() - last);
    longestGap = 0;
    return gap;
  },
  /** How late each of `count` timers of `ms` fires, started `spacingMs` apart, while the page runs `busyMs`-long tasks back to back. */
  async timerLateness(ms: number, count: number, spacingMs: number, busyMs = 0): Promise<number[]> {
    let stop = false;
    if (busyMs > 0) {
      const work = () => {
        if (stop) return;
        const end = performance.now() + busyMs;
        while (performance.now() < end) {
          // busy
        }
        setTimeout(work, 0);
      };
      work();
    }
    const lateness: number[] = [];
    await Promise.all(
      Array.from(
        { length: count },
        (_, i) =>
          new Promise<void>((resolve) =>
            setTimeout(() => {
              const armed = performance.now();
              setTimeout(() => {
                lateness.push(performance.now() - armed - ms);
                resolve();
              }, ms);
            }, i * spacingMs),
          ),
      ),
    );
    stop = true;
    return lateness;
  },
};

declare global {
  interface Window {
    probe: typeof probe;
  }
}
window.probe = probe;
report('ready');

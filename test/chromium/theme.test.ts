import { describe, expect, it } from 'vitest';
import { setUpChromium, type Phone } from './harness';

/**
 * The buttons' label contrast against what is really behind them (pages/theme.tsx: the real
 * stylesheet, every variant of the four buttons), in real Chromium with the OS's colour scheme
 * emulated (`Emulation.setEmulatedMedia`). Regression (issue 12): on a phone in dark mode, an
 * ordinary white page got dark-theme buttons: ghost labels pale on white (1.7:1).
 */

/** Every button's label contrast (WCAG 2.x) against its own background, or the page's where it is transparent. */
function contrasts(phone: Phone) {
  return phone.run(() => {
    const parse = (value: string) => {
      const [r = 0, g = 0, b = 0, a = 1] = (value.match(/[\d.]+/g) ?? []).map(Number);
      return { r, g, b, a: value.startsWith('rgba') ? a : 1 };
    };
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const linear = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    const behind = (element: Element | null): { r: number; g: number; b: number } => {
      for (let at = element; at; at = at.parentElement) {
        const colour = parse(getComputedStyle(at).backgroundColor);
        if (colour.a > 0) return colour;
      }
      return { r: 255, g: 255, b: 255 }; // the canvas
    };
    return [...document.querySelectorAll<HTMLElement>('.vvchat-button')].map((button) => {
      const text = parse(getComputedStyle(button).color);
      const [light, dark] = [luminance(text), luminance(behind(button))].sort((a, b) => b - a) as [number, number];
      return { variant: button.dataset.variant, label: button.textContent, ratio: Math.round(((light + 0.05) / (dark + 0.05)) * 100) / 100 };
    });
  });
}

async function openPage(phone: Phone, scheme: 'light' | 'dark') {
  await phone.cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
  await phone.page.reload();
  await phone.report('mounted');
}

describe('the buttons follow the page, not the OS', () => {
  const harness = setUpChromium();

  it.each([
    ['an ordinary white page, OS dark', 'white', 'dark', 'light'],
    ['an ordinary white page, OS light', 'white', 'light', 'light'],
    ['<html class="dark">, OS light', 'dark-class', 'light', 'dark'],
    ['data-theme="dark", OS light', 'data-dark', 'light', 'dark'],
    ['data-theme="system", OS dark', 'system', 'dark', 'dark'],
    ['data-theme="system", OS light', 'system', 'light', 'light'],
  ] as const)('%s: every label reads at 4.5:1 or more', async (_name, page, scheme, theme) => {
    const phone = await harness.openPhone('theme', { page });
    await openPage(phone, scheme);
    const measured = await contrasts(phone);
    expect(measured).toHaveLength(12);
    for (const { variant, label, ratio } of measured) expect(ratio, `${variant} ${label}`).toBeGreaterThanOrEqual(4.5);
    const primary = await phone.evaluate<string>("getComputedStyle(document.querySelector('.vvchat-button')).backgroundColor");
    // The light theme's brand is #0b57d0, the dark one's #a8c7fa.
    expect(primary).toBe(theme === 'light' ? 'rgb(11, 87, 208)' : 'rgb(168, 199, 250)');
  });
});

import { spawnSync } from 'node:child_process';

/** The browser and fonts the baselines were rendered with (as .ci/run installs them). */
export const baselineRenderer = { chromium: '/usr/bin/chromium', font: 'Noto Sans CJK SC', apt: 'apt-get install -y chromium fonts-noto-cjk' };

/** Debian's Chromium: its wrapper script, or the binary the wrapper starts. */
const debianChromium = /^(?:\/usr\/bin\/chromium|\/usr\/lib\/chromium\/chromium)$/;

/**
 * Why this machine cannot render the baselines' pixels, or `undefined` when it can: another
 * browser than Debian's Chromium, or no Noto Sans CJK (Chromium then draws the Chinese, and the
 * Latin text of the stories' font stack, with another font: every picture differs).
 */
export function unlikeBaselines(
  executable: string,
  fontFamilies: () => string = () => spawnSync('fc-list', [':lang=zh-cn', 'family'], { encoding: 'utf8' }).stdout ?? '',
): string | undefined {
  const { chromium, font, apt } = baselineRenderer;
  if (!debianChromium.test(executable)) return `the baselines are Debian's Chromium's (${chromium}); this run uses ${executable} (${apt})`;
  if (!fontFamilies().includes(font)) return `the baselines draw text with ${font}, which this machine lacks (${apt})`;
  return undefined;
}

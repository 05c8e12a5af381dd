import { requireChromium } from './chromium';

/** The browser projects fail at once, naming the install command, when there is no Chromium. */
export default function setup(): void {
  requireChromium();
}

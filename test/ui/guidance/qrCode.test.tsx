import { cleanup, render, screen } from '@testing-library/react';
import jsQR from 'jsqr';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { continueUrl, type ContinueAction } from '@vvchat/react';
import { GuidanceDialog } from '../../../packages/ui/src/guidance';
import { qrModules, qrPath } from '../../../packages/ui/src/guidance/qrSvg';

afterEach(cleanup);

/** Rows of modules from the drawn path: each `M x y h n v1 h-n z` is a run of n dark modules. */
function modulesOf(d: string, size: number): boolean[][] {
  const rows = Array.from({ length: size }, () => Array.from({ length: size }, () => false));
  const runs = [...d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)];
  expect(runs.map((run) => run[0]).join('')).toBe(d);
  for (const [, x, y, n] of runs) for (let i = 0; i < Number(n); i++) rows[Number(y)]![Number(x) + i] = true;
  return rows;
}

/** What a camera sees: 4 px per module, a 4-module white quiet zone, decoded by jsQR. */
function decode(modules: boolean[][]): string | undefined {
  const scale = 4;
  const quiet = 4;
  const side = (modules.length + 2 * quiet) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const at = (((y + quiet) * scale + dy) * side + (x + quiet) * scale + dx) * 4;
          pixels.fill(0, at, at + 3);
        }
    }),
  );
  return jsQR(pixels, side, side)?.data;
}

describe('the QR code', () => {
  const cases: [url: string, action: ContinueAction][] = [
    ['https://shop.example/cart?item=42#top', 'pay'],
    ['https://shop.example/', 'login'],
    ['https://shop.example/items/7?vvchat_continue=pay&from=feed', 'share'],
    ['https://店.example/商品/好物?名=值', 'customer-service'],
  ];

  it.each(cases)('decodes to continueUrl(%s, %s) as drawn', async (url, action) => {
    render(<GuidanceDialog open reason="desktop" action={action} url={url} onClose={() => {}} />);
    const svg = await screen.findByRole('img');
    const d = svg.querySelector('path')!.getAttribute('d')!;
    const [x, y, width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
    const size = width - 8;
    // The quiet zone is in the picture: four modules on every side.
    expect([x, y, width, height]).toEqual([-4, -4, size + 8, size + 8]);
    const drawn = modulesOf(d, size);
    expect(drawn).toEqual(qrModules(continueUrl(url, action)));
    expect(decode(drawn)).toBe(continueUrl(url, action));
  });

  it('draws one path of whole modules, and a size that matches the matrix', () => {
    const text = continueUrl('https://shop.example/cart', 'pay');
    const { size, d } = qrPath(text);
    expect(size).toBe(qrModules(text).length);
    expect(size % 4).toBe(1); // 21, 25, 29…: 17 + 4 × version
    expect(decode(modulesOf(d, size))).toBe(text);
  });

  it('says so where the code would be when the link is too long to encode', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<GuidanceDialog open reason="desktop" action="pay" url={`https://shop.example/?q=${'x'.repeat(4000)}`} locale="en" onClose={() => {}} />);
    expect(await screen.findByText("The QR code couldn't be made. Copy the link and open it on your phone.")).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});

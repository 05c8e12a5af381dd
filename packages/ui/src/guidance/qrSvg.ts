import { correction, generate } from 'lean-qr/nano';

/**
 * A QR code as one SVG path: `size` modules a side (without the quiet zone), `d` drawing the
 * dark modules in module units, so `viewBox="0 0 size size"` shows the code.
 */
export interface QrPath {
  size: number;
  d: string;
}

/**
 * @internal The QR code of `text` as rows of modules, `true` for dark: level M at least (the
 * encoder takes a higher one when it fits in the same size), UTF-8 byte mode where needed.
 * This module is the only one that imports the encoder, and the dialog loads it with `import()`
 * when a desktop dialog opens, so the encoder never weighs on the buttons' bundle.
 *
 * @example
 * qrModules('https://shop.example/?vvchat_continue=pay')[0]![0]; // true: a finder pattern's corner
 */
export function qrModules(text: string): boolean[][] {
  const code = generate(text, { minCorrectionLevel: correction.M });
  return Array.from({ length: code.size }, (_, y) => Array.from({ length: code.size }, (_, x) => code.get(x, y)));
}

/**
 * @internal The QR code of `text` as an SVG path: one `M x y h n v 1 h -n z` per run of dark
 * modules in a row, which keeps the path short and draws no seams between modules.
 *
 * @example
 * const { size, d } = qrPath(continueUrl(location.href, 'pay'));
 * // <svg viewBox={`-4 -4 ${size + 8} ${size + 8}`}><path d={d} /></svg>
 */
export function qrPath(text: string): QrPath {
  const modules = qrModules(text);
  let d = '';
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (row[x]) x++;
      d += `M${start} ${y}h${x - start}v1h-${x - start}z`;
    }
  });
  return { size: modules.length, d };
}

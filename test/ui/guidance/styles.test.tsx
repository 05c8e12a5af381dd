import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { expandIs } from '../expandIs';

/**
 * guidance.css as text, with the colour tokens it shares with the buttons (in styles.css): the
 * tokens in each theme, the pairs the dialog paints together, and its hygiene. (The visual test
 * checks the painted result with axe in Chromium, in both themes and locales.)
 */
const source = (file: string) =>
  readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../../packages/ui/src', file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/@import [^;]+;/g, '');
const css = source('guidance/guidance.css');

interface Rule {
  selectors: string[];
  declarations: [string, string][];
  media: string | undefined;
}

/** Each rule of a stylesheet as PostCSS reads it, `:is()` lists written out, with its enclosing @media. */
function rulesOf(text: string): Rule[] {
  const rules: Rule[] = [];
  postcss.parse(text).walkRules((rule) => {
    const parent = rule.parent;
    const media = parent?.type === 'atrule' && (parent as postcss.AtRule).name === 'media' ? `@media ${(parent as postcss.AtRule).params}` : undefined;
    if (parent?.type === 'atrule' && /keyframes$/.test((parent as postcss.AtRule).name)) return;
    rules.push({
      selectors: rule.selectors.flatMap(expandIs),
      declarations: (rule.nodes ?? [])
        .filter((node): node is postcss.Declaration => node.type === 'decl')
        .map((declaration): [string, string] => [declaration.prop, declaration.value.replace(/\s+/g, ' ')]),
      media,
    });
  });
  return rules;
}

const rules = rulesOf(css);
/** The colour tokens' rules, in styles.css. */
const tokenRules = rulesOf(source('styles.css')).filter(({ selectors }) => selectors.some((selector) => selector.endsWith('.vvchat-dialog')));

function rule(selector: string, media?: string, among = rules): Rule {
  const found = among.find((candidate) => candidate.selectors.includes(selector) && candidate.media === media);
  if (!found) throw new Error(`no rule for ${selector}`);
  return found;
}

/** `--_surface: var(--vvchat-color-surface, #ffffff)` → `{ surface: '#ffffff' }`, checking the names match. */
function tokensOf({ declarations }: Rule): Record<string, string> {
  const tokens: Record<string, string> = {};
  for (const [property, value] of declarations) {
    if (!property.startsWith('--_')) continue;
    const match = /^var\(--vvchat-color-([\w-]+), (#[0-9a-f]{6}(?:[0-9a-f]{2})?)\)$/.exec(value);
    expect(match, `${property}: ${value}`).not.toBeNull();
    expect(match![1]).toBe(property.slice(3));
    tokens[property.slice(3)] = match![2]!;
  }
  return tokens;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const light = tokensOf(rule('.vvchat-dialog', undefined, tokenRules));
const dark = tokensOf(rule("[data-theme='dark'] .vvchat-dialog", undefined, tokenRules));
const systemMedia = '@media (prefers-color-scheme: dark)';

describe('themes', () => {
  it("switches to dark under data-theme='dark' or .dark, and under data-theme='system' when the OS is dark", () => {
    expect(rule('.dark .vvchat-dialog', undefined, tokenRules)).toBe(rule("[data-theme='dark'] .vvchat-dialog", undefined, tokenRules));
    const system = rule("[data-theme='system'] .vvchat-dialog", systemMedia, tokenRules);
    expect(system.declarations).toEqual(rule("[data-theme='dark'] .vvchat-dialog", undefined, tokenRules).declarations);
  });

  it('gives every token a dark default', () => {
    expect(Object.keys(dark).sort()).toEqual(Object.keys(light).sort());
  });

  it('never paints the QR code from a theme: its fills are its own (dark on light in both themes; many phone cameras cannot read an inverted code)', () => {
    const sheets = [...rules, ...rulesOf(source('styles.css'))];
    expect(sheets.filter(({ declarations }) => declarations.some(([property]) => property === 'fill'))).toEqual([]);
  });
});

describe.each([
  ['light', light],
  ['dark', dark],
])('WCAG contrast (%s)', (_theme, tokens) => {
  it.each([
    ['heading and link on the surface', 'on-surface', 'surface'],
    ['hint on the surface', 'on-surface-variant', 'surface'],
    ['QR placeholder text on the field', 'on-surface-variant', 'field'],
    ['link in the copy-by-hand field', 'on-surface', 'field'],
    ['copy button', 'on-brand', 'brand'],
    ['copy button once copied', 'on-success', 'success'],
    ['close button', 'brand', 'surface'],
  ])('paints the %s at 4.5:1 or more', (_label, text, background) => {
    expect(contrast(tokens[text]!, tokens[background]!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    ['focus ring', 'focus'],
    ['borders', 'outline'],
  ])('draws the %s at 3:1 or more against the surface', (_label, token) => {
    expect(contrast(tokens[token]!, tokens.surface!)).toBeGreaterThanOrEqual(3);
  });
});

describe('hygiene', () => {
  it('starts every selector at .vvchat-dialog, under a theme ancestor at most', () => {
    const selectors = rules.flatMap(({ selectors }) => selectors);
    const scoped = /^(?:(?:\[data-theme='(?:dark|system)'\]|\.dark)\s+)?\.vvchat-dialog(?:__[\w-]+)?(?![\w-])/;
    expect(selectors.filter((selector) => !scoped.test(selector))).toEqual([]);
  });

  it('takes every colour from a --vvchat-* custom property (hex only as a var() fallback)', () => {
    const literal = rules.flatMap(({ selectors, declarations }) =>
      declarations
        .filter(([, value]) => /#[0-9a-f]{3,8}\b/i.test(value.replace(/var\(--vvchat-[\w-]+, #[0-9a-f]{3,8}\)/gi, '')))
        .map(([property, value]) => `${selectors.join(', ')} { ${property}: ${value} }`),
    );
    expect(literal).toEqual([]);
  });

  it('uses logical properties only', () => {
    const physical = /^(?:(?:margin|padding|inset|border)-(?:left|right|top|bottom)(?:-[\w-]+)?|left|right|top|bottom|(?:min-|max-)?(?:width|height))$/;
    expect(rules.flatMap(({ declarations }) => declarations.filter(([property]) => physical.test(property)))).toEqual([]);
  });

  it('shows the dialog as a flex column only while open, so a closed <dialog> stays hidden', () => {
    expect(rule('.vvchat-dialog').declarations.find(([property]) => property === 'display')).toBeUndefined();
    expect(rule('.vvchat-dialog[open]').declarations).toContainEqual(['display', 'flex']);
  });
});

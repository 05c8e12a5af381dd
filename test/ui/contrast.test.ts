import { readFileSync } from 'node:fs';
import { dirname, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import postcss, { type AtRule, type Declaration } from 'postcss';
import { expandIs } from './expandIs';
import { describe, expect, it } from 'vitest';

/**
 * Reads packages/ui/src/styles.css as text and checks what a browser would paint: the default
 * light and dark colour tokens, the label/background pairs the rules put together, and the
 * stylesheet's hygiene (scoped selectors, logical properties, reduced motion).
 */
// A path, not `new URL(…, import.meta.url)`: under jsdom `URL` is jsdom's, which node:url rejects.
const stylesheet = resolvePath(dirname(fileURLToPath(import.meta.url)), '../../packages/ui/src/styles.css');
// The buttons' own rules: the guidance dialog's (`@import`ed from guidance/guidance.css) have
// their own checks in test/ui/guidance/styles.test.tsx.
const css = readFileSync(stylesheet, 'utf8')
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/@import [^;]+;/g, '');

// ---------------------------------------------------------------------------------------------
// The stylesheet as PostCSS reads it: each rule with its selectors, declarations and enclosing
// `@media`, in source order; keyframes' steps are not rules of their own.

interface Rule {
  selectors: string[];
  declarations: [property: string, value: string][];
  /** The enclosing `@media` query, if any. */
  media: string | undefined;
  /** Source order. */
  order: number;
}

interface Sheet {
  rules: Rule[];
  /** Every at-rule prelude, e.g. `@media (prefers-reduced-motion: reduce)`, `@keyframes vvchat-spin`. */
  atRules: string[];
}

/** Splits at `separator` where no parenthesis or bracket is open (a `var()` and its fallback). */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (char === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

function parseSheet(text: string): Sheet {
  const sheet: Sheet = { rules: [], atRules: [] };
  const root = postcss.parse(text);
  root.walkAtRules((atRule) => {
    sheet.atRules.push(`@${atRule.name} ${atRule.params}`.replace(/\s+/g, ' ').trim());
  });
  root.walkRules((rule) => {
    let media: string | undefined;
    for (let parent = rule.parent; parent && parent.type !== 'root'; parent = parent.parent) {
      if (parent.type !== 'atrule') continue;
      const atRule = parent as AtRule;
      if (/keyframes$/.test(atRule.name)) return;
      if (atRule.name === 'media' && media === undefined) media = `@media ${atRule.params}`;
    }
    const declarations = (rule.nodes ?? [])
      .filter((node): node is Declaration => node.type === 'decl')
      .map((declaration): [string, string] => [declaration.prop, declaration.value.replace(/\s+/g, ' ')]);
    sheet.rules.push({ selectors: rule.selectors.flatMap(expandIs), declarations, media, order: sheet.rules.length });
  });
  return sheet;
}

const sheet = parseSheet(css);

function ruleFor(selector: string, media?: string): Rule {
  const rule = sheet.rules.find((candidate) => candidate.selectors.includes(selector) && candidate.media === media);
  if (!rule) throw new Error(`no rule for ${selector}${media ? ` in ${media}` : ''}`);
  return rule;
}

// ---------------------------------------------------------------------------------------------
// The cascade for one .vvchat-button: which rules match it, in which order, and what its
// custom properties resolve to.

interface Situation {
  /** `data-theme` on an ancestor. */
  ancestorTheme?: 'light' | 'dark' | 'system';
  /** A class on an ancestor (`dark`, as Tailwind sets it). */
  ancestorClass?: string;
  /** `prefers-color-scheme: dark`. */
  osDark?: boolean;
  /** The button's own attributes (`data-status`, `data-variant`, `aria-busy`, …). */
  attributes: Record<string, string>;
  /** Active pseudo-classes: `focus-visible`, `hover`, `disabled`, … */
  pseudo?: string[];
}

function mediaApplies(media: string | undefined, situation: Situation): boolean {
  if (media === undefined) return true;
  if (/prefers-color-scheme:\s*dark/.test(media)) return situation.osDark === true;
  return false; // prefers-reduced-motion and anything else: not this situation.
}

/** Whether one simple selector part (`[data-x='v']`, `:hover`, `:not(…)`) holds for the button. */
function partHolds(part: string, situation: Situation): boolean {
  const attribute = /^\[([\w-]+)(?:=['"]?([^'"\]]*)['"]?)?\]$/.exec(part);
  if (attribute) {
    const value = situation.attributes[attribute[1]!];
    return attribute[2] === undefined ? value !== undefined : value === attribute[2];
  }
  const not = /^:not\((.*)\)$/.exec(part);
  if (not) {
    const inner = not[1]!.trim();
    const ancestor = /^\[data-theme=['"](\w+)['"]\]\s+\*$/.exec(inner);
    if (ancestor) return situation.ancestorTheme !== ancestor[1];
    return !compoundHolds(inner, situation);
  }
  const pseudo = /^:([\w-]+)$/.exec(part);
  if (pseudo) return (situation.pseudo ?? []).includes(pseudo[1]!);
  throw new Error(`unsupported selector part ${part}`);
}

/** Whether a compound selector without the class (`[data-status='error']:not(:disabled)`) holds. */
function compoundHolds(compound: string, situation: Situation): boolean {
  const parts = compound.match(/\[[^\]]*\]|:not\((?:[^()]|\([^()]*\))*\)|:[\w-]+/g) ?? [];
  if (parts.join('') !== compound) throw new Error(`unsupported compound ${compound}`);
  return parts.every((part) => partHolds(part, situation));
}

/** Whether `selector` selects the `.vvchat-button` element itself in `situation`. */
function selects(selector: string, situation: Situation): boolean {
  const match = /^(?:\[data-theme=['"](\w+)['"]\]\s+|\.([\w-]+)\s+)?\.vvchat-button((?:[[:].*)?)$/.exec(selector);
  if (!match) return false; // .vvchat-button__icon and friends are other elements.
  if (match[1] !== undefined && situation.ancestorTheme !== match[1]) return false;
  if (match[2] !== undefined && situation.ancestorClass !== match[2]) return false;
  return compoundHolds(match[3]!, situation);
}

/** Specificity as one number: classes, attributes and pseudo-classes (with `:not`'s argument) count 1 each. */
function specificity(selector: string): number {
  return (selector.match(/\.[\w-]+|\[[^\]]*\]|:(?!not\()[\w-]+/g) ?? []).length;
}

/** The button's declared values after the cascade. */
function cascade(situation: Situation): Map<string, string> {
  const matched = sheet.rules
    .filter((rule) => mediaApplies(rule.media, situation))
    .flatMap((rule) => {
      const hits = rule.selectors.filter((selector) => selects(selector, situation));
      return hits.length ? [{ rule, weight: Math.max(...hits.map(specificity)) }] : [];
    })
    .sort((a, b) => a.weight - b.weight || a.rule.order - b.rule.order);
  const values = new Map<string, string>();
  for (const { rule } of matched) for (const [property, value] of rule.declarations) values.set(property, value);
  return values;
}

/** Replaces every `var(--x, fallback)` with the value of `--x` (its fallback when unset: the app sets no --vvchat-*). */
function resolve(value: string, values: Map<string, string>, depth = 0): string {
  if (depth > 20) throw new Error(`var() cycle in ${value}`);
  const start = value.indexOf('var(');
  if (start < 0) return value;
  let level = 0;
  let end = start + 3;
  for (; end < value.length; end++) {
    if (value[end] === '(') level++;
    else if (value[end] === ')' && --level === 0) break;
  }
  const [name, ...fallback] = splitTopLevel(value.slice(start + 4, end), ',');
  const own = values.get(name!);
  const replacement = own !== undefined ? resolve(own, values, depth + 1) : resolve(fallback.join(', '), values, depth + 1);
  return resolve(value.slice(0, start) + replacement + value.slice(end + 1), values, depth + 1);
}

/** The one colour in a resolved value (`#fff`, `#0b57d0`, `transparent`), or undefined. */
function colourIn(value: string): string | undefined {
  const colours = value.match(/#[0-9a-f]{3,8}\b|\btransparent\b|\bcurrentcolor\b/gi) ?? [];
  if (colours.length > 1) throw new Error(`more than one colour in ${value}`);
  if (/\b(rgb|hsl|oklch|lab|color)a?\(/i.test(value)) throw new Error(`colour format not supported by this test: ${value}`);
  return colours[0]?.toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// WCAG 2.x contrast.

function channels(hex: string): [number, number, number] {
  const digits = hex.slice(1);
  const full = digits.length === 3 ? digits.replace(/./g, '$&$&') : digits;
  if (!/^[0-9a-f]{6}$/i.test(full)) throw new Error(`not an opaque #rgb/#rrggbb colour: ${hex}`);
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance (WCAG 2.x, with the sRGB threshold 0.04045 of WCAG 2.2). */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `top` painted with `alpha` over `bottom` (sRGB compositing, as browsers do for `opacity`). */
function over(top: string, alpha: number, bottom: string): string {
  const t = channels(top);
  const b = channels(bottom);
  return '#' + t.map((channel, i) => Math.round(channel * alpha + b[i]! * (1 - alpha)).toString(16).padStart(2, '0')).join('');
}

// ---------------------------------------------------------------------------------------------

const tokenNames = ['brand', 'on-brand', 'surface', 'danger', 'on-danger', 'success', 'on-success', 'focus'] as const;
type Token = (typeof tokenNames)[number];

/** `--_brand: var(--vvchat-color-brand, #0b57d0)` → `{ brand: '#0b57d0' }`. */
function tokensOf(rule: Rule): Record<Token, string> {
  const tokens = {} as Record<Token, string>;
  for (const name of tokenNames) {
    const declaration = rule.declarations.find(([property]) => property === `--_${name}`);
    const match = declaration && /^var\(--vvchat-color-([\w-]+),\s*(#[0-9a-f]{3,6})\)$/i.exec(declaration[1]);
    if (!match) throw new Error(`--_${name} in ${rule.selectors.join(', ')} is not var(--vvchat-color-${name}, #hex)`);
    expect(match[1]).toBe(name);
    tokens[name] = match[2]!.toLowerCase();
  }
  return tokens;
}

const osDarkMedia = sheet.rules.find((rule) => rule.media && /prefers-color-scheme:\s*dark/.test(rule.media))?.media;

const themes = {
  light: tokensOf(ruleFor('.vvchat-button')),
  dark: tokensOf(ruleFor("[data-theme='dark'] .vvchat-button")),
};

describe('colour tokens', () => {
  it('defines every light default as a var(--vvchat-color-…, fallback) in the .vvchat-button rule', () => {
    expect(Object.keys(themes.light).sort()).toEqual([...tokenNames].sort());
  });

  it("defines every dark default in the [data-theme='dark'] rule", () => {
    expect(Object.keys(themes.dark).sort()).toEqual([...tokenNames].sort());
    expect(themes.dark).not.toEqual(themes.light);
  });

  it('repeats exactly the dark tokens in the prefers-color-scheme: dark block', () => {
    expect(osDarkMedia).toBeDefined();
    const osRule = sheet.rules.find((rule) => rule.media === osDarkMedia);
    expect(osRule).toBeDefined();
    expect(tokensOf(osRule!)).toEqual(themes.dark);
    const themeRule = ruleFor("[data-theme='dark'] .vvchat-button");
    expect(osRule!.declarations).toEqual(themeRule.declarations);
  });

  // Regression (issue 12): a phone in dark mode on an ordinary white page turned ghost buttons into
  // pale text on white (1.7:1). The buttons follow the page: the OS only where the page opts in.
  it('follows the page, not the OS: light by default, dark for data-theme="dark" or .dark, the OS only under data-theme="system"', () => {
    const surface = (situation: Omit<Situation, 'attributes'>) => {
      const values = cascade({ ...situation, attributes: {} });
      return tokenNames.map((name) => resolve(`var(--_${name})`, values));
    };
    expect(surface({})).toEqual(Object.values(themes.light));
    expect(surface({ osDark: true })).toEqual(Object.values(themes.light));
    expect(surface({ osDark: true, ancestorTheme: 'light' })).toEqual(Object.values(themes.light));
    expect(surface({ ancestorTheme: 'dark' })).toEqual(Object.values(themes.dark));
    expect(surface({ ancestorClass: 'dark' })).toEqual(Object.values(themes.dark));
    expect(surface({ ancestorTheme: 'system' })).toEqual(Object.values(themes.light));
    expect(surface({ ancestorTheme: 'system', osDark: true })).toEqual(Object.values(themes.dark));
  });
});

describe('WCAG contrast', () => {
  it('computes ratios as WCAG does', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#0b57d0', '#0b57d0')).toBe(1);
  });

  const pairs: [label: string, text: Token, background: Token][] = [
    ['primary idle/working: on-brand on brand', 'on-brand', 'brand'],
    ['primary error/failed: on-danger on danger', 'on-danger', 'danger'],
    ['primary success/paid: on-success on success', 'on-success', 'success'],
    ['outline/ghost idle/working: brand on surface', 'brand', 'surface'],
    ['outline/ghost error/failed: danger on surface', 'danger', 'surface'],
    ['outline/ghost success/paid: success on surface', 'success', 'surface'],
  ];

  describe.each(Object.keys(themes) as (keyof typeof themes)[])('%s theme', (theme) => {
    it.each(pairs)('%s reaches 4.5:1', (_label, text, background) => {
      const tokens = themes[theme];
      expect(contrast(tokens[text], tokens[background])).toBeGreaterThanOrEqual(4.5);
    });

    it('has a focus ring that reaches 3:1 against the surface', () => {
      expect(contrast(themes[theme].focus, themes[theme].surface)).toBeGreaterThanOrEqual(3);
    });
  });

  // Every status any of the four buttons can show, and the situations a theme comes from.
  const statuses = ['idle', 'launching', 'exchanging', 'creating', 'ready', 'verifying', 'waiting', 'opened', 'unknown', 'success', 'paid', 'error', 'failed'];
  const situations: [name: string, theme: Omit<Situation, 'attributes'>, surface: string][] = [
    ['light', {}, themes.light.surface],
    ['a dark OS on a white page', { osDark: true }, themes.light.surface],
    ["data-theme='dark'", { ancestorTheme: 'dark' }, themes.dark.surface],
    ['.dark', { ancestorClass: 'dark' }, themes.dark.surface],
    ["data-theme='system' with a dark OS", { ancestorTheme: 'system', osDark: true }, themes.dark.surface],
  ];
  const combinations = situations.flatMap(([name, theme, surface]) =>
    ['primary', 'outline', 'ghost'].flatMap((variant) => statuses.map((status) => [variant, status, name, theme, surface] as const)),
  );

  it.each(combinations)(
    'paints the %s label in %s at 4.5:1 or more (%s), as the rules cascade',
    (variant, status, _name, theme, surface) => {
      const values = cascade({ ...theme, attributes: { 'data-variant': variant, 'data-status': status } });
      const text = colourIn(resolve(values.get('color') ?? '', values));
      let background = colourIn(resolve(values.get('background') ?? values.get('background-color') ?? '', values));
      expect(text).toMatch(/^#/);
      // A transparent (ghost) button shows the page: the surface colour is the page the theme assumes.
      if (background === 'transparent') background = surface;
      expect(background).toMatch(/^#/);
      expect(contrast(text!, background!)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it.each(situations)('draws the focus ring from --_focus at 3:1 or more against the surface (%s)', (_name, theme, surface) => {
    const values = cascade({ ...theme, attributes: { 'data-variant': 'primary', 'data-status': 'idle' }, pseudo: ['focus-visible'] });
    const outline = resolve(values.get('outline') ?? values.get('outline-color') ?? '', values);
    const colour = colourIn(outline);
    expect(colour).toMatch(/^#/);
    expect(contrast(colour!, surface)).toBeGreaterThanOrEqual(3);
    expect(outline).toMatch(/^[1-9][\d.]*(?:px|rem|em) solid #/);
  });

  // Regression (fixed): `paid` disables the button, and the disabled rule once dimmed it to
  // opacity 0.55, so "支付成功" / "Paid", the only confirmation of the payment, fell below 4.5:1.
  it.each(situations)('keeps the paid label at 4.5:1 although the paid button is disabled (%s)', (_name, theme, surface) => {
    const values = cascade({
      ...theme,
      attributes: { 'data-variant': 'primary', 'data-status': 'paid' },
      pseudo: ['disabled'],
    });
    const text = colourIn(resolve(values.get('color') ?? '', values))!;
    const background = colourIn(resolve(values.get('background') ?? '', values))!;
    const opacity = Number(resolve(values.get('opacity') ?? '1', values));
    expect(contrast(over(text, opacity, surface), over(background, opacity, surface))).toBeGreaterThanOrEqual(4.5);
  });

  // QPay's `paid` is aria-disabled (focusable), not native disabled: the same must hold.
  it.each(situations)('keeps the paid label at 4.5:1 while the paid button is aria-disabled (%s)', (_name, theme, surface) => {
    const values = cascade({ ...theme, attributes: { 'data-variant': 'primary', 'data-status': 'paid', 'aria-disabled': 'true' } });
    const text = colourIn(resolve(values.get('color') ?? '', values))!;
    const background = colourIn(resolve(values.get('background') ?? '', values))!;
    const opacity = Number(resolve(values.get('opacity') ?? '1', values));
    expect(opacity).toBe(1);
    expect(contrast(over(text, opacity, surface), over(background, opacity, surface))).toBeGreaterThanOrEqual(4.5);
  });
});

describe('pending and aria-disabled buttons', () => {
  const pending = { 'data-variant': 'primary', 'data-status': 'launching', 'data-pending': '', 'aria-disabled': 'true', 'aria-busy': 'true' };

  it('keeps the focus ring on a focused pending button', () => {
    const values = cascade({ attributes: pending, pseudo: ['focus-visible'] });
    expect(resolve(values.get('outline') ?? '', values)).toMatch(/^[1-9][\d.]*(?:px|rem|em) solid #/);
  });

  it('never dims a pending button, and shows progress instead of a hover', () => {
    const values = cascade({ attributes: pending, pseudo: ['hover', 'active'] });
    expect(values.has('opacity')).toBe(false);
    expect(values.has('filter')).toBe(false);
    expect(values.get('cursor')).toBe('progress');
  });

  it('looks like the old disabled button when the app disables it, natively or with aria-disabled', () => {
    const native = cascade({ attributes: { 'data-status': 'idle' }, pseudo: ['disabled', 'hover'] });
    const aria = cascade({ attributes: { 'data-status': 'idle', 'aria-disabled': 'true' }, pseudo: ['hover'] });
    for (const values of [native, aria]) {
      expect(values.get('cursor')).toBe('not-allowed');
      expect(resolve(values.get('opacity') ?? '', values)).toBe('0.55');
      expect(values.has('filter')).toBe(false);
    }
  });

  it('shows not-allowed, without a hover, on the aria-disabled paid button', () => {
    const values = cascade({ attributes: { 'data-status': 'paid', 'aria-disabled': 'true' }, pseudo: ['hover'] });
    expect(values.get('cursor')).toBe('not-allowed');
    expect(values.has('filter')).toBe(false);
  });
});

describe('stylesheet hygiene', () => {
  it('starts every selector at .vvchat-button or a themed ancestor (nothing global)', () => {
    const selectors = sheet.rules.flatMap((rule) => rule.selectors);
    expect(selectors.length).toBeGreaterThan(10);
    // `.vvchat-button` itself or one of its parts (`.vvchat-button__label`), possibly under a themed
    // ancestor: `[data-theme="dark"|"system"]`, or the `dark` class Tailwind and many apps set. The
    // colour tokens' rules also name `.vvchat-dialog`, which shares them.
    const scoped = /^(?:\[data-theme=['"](?:dark|light|system)['"]\]\s+|\.dark\s+)?\.vvchat-(?:button|dialog)(?:__[\w-]+)?(?![\w-])/;
    const global = selectors.filter((selector) => !scoped.test(selector));
    expect(global).toEqual([]);
  });

  it('prefixes every class name with vvchat-, but the page\'s own .dark it reads', () => {
    const classes = sheet.rules.flatMap((rule) => rule.selectors.flatMap((selector) => selector.match(/\.[\w-]+/g) ?? []));
    expect(classes.filter((name) => !name.startsWith('.vvchat-') && name !== '.dark')).toEqual([]);
  });

  it('uses only @media and @keyframes vvchat-… at-rules', () => {
    expect(sheet.atRules.filter((atRule) => !/^@media\b|^@keyframes vvchat-[\w-]+$/.test(atRule))).toEqual([]);
    expect(sheet.atRules).toContain('@keyframes vvchat-spin');
  });

  it('uses logical properties only (no physical sides or sizes)', () => {
    const physical =
      /^(?:(?:margin|padding|inset|scroll-margin|scroll-padding)-(?:left|right|top|bottom)|border-(?:left|right|top|bottom)(?:-[\w-]+)?|border-(?:top|bottom)-(?:left|right)-radius|left|right|top|bottom|(?:min-|max-)?(?:width|height))$/;
    const offenders = sheet.rules.flatMap((rule) =>
      rule.declarations
        .filter(
          ([property, value]) =>
            physical.test(property) || (/^(?:text-align|float|clear)$/.test(property) && /\b(?:left|right)\b/.test(value)),
        )
        .map(([property, value]) => `${rule.selectors.join(', ')} { ${property}: ${value} }`),
    );
    expect(offenders).toEqual([]);
  });

  it('takes every colour from a --vvchat-* custom property (hex values only as var() fallbacks)', () => {
    const literal = sheet.rules.flatMap((rule) =>
      rule.declarations
        .filter(([, value]) => /#[0-9a-f]{3,8}\b/i.test(value.replace(/var\(--vvchat-[\w-]+,\s*#[0-9a-f]{3,8}\)/gi, '')))
        .map(([property, value]) => `${rule.selectors.join(', ')} { ${property}: ${value} }`),
    );
    expect(literal).toEqual([]);
  });

  it('stops the spinner (and transitions) under prefers-reduced-motion: reduce', () => {
    const spinner = ruleFor('.vvchat-button__spinner');
    expect(spinner.declarations.find(([property]) => property === 'animation')?.[1]).toMatch(/\bvvchat-spin\b/);

    const reduced = sheet.rules.filter((rule) => rule.media && /prefers-reduced-motion:\s*reduce/.test(rule.media));
    const stillSpinner = reduced.find((rule) => rule.selectors.includes('.vvchat-button__spinner'));
    expect(stillSpinner).toBeDefined();
    const animation = new Map(stillSpinner!.declarations);
    expect(animation.get('animation') === 'none' || animation.get('animation-name') === 'none').toBe(true);
    const button = reduced.find((rule) => rule.selectors.includes('.vvchat-button'));
    expect(button && new Map(button.declarations).get('transition')).toBe('none');
  });
});

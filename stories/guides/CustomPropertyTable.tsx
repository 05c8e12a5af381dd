import stylesheet from '@vvchat/ui/styles.css?raw';

/** What each `--vvchat-*` custom property does. */
const descriptions: Record<string, string> = {
  '--vvchat-color-brand': 'Primary fill; text and border of the outline and ghost variants.',
  '--vvchat-color-on-brand': 'Label and mark on the brand fill.',
  '--vvchat-color-surface': 'Background of the outline variant.',
  '--vvchat-color-danger': 'Fill (primary) or text (outline, ghost) in the error and failed states.',
  '--vvchat-color-on-danger': 'Label on the danger fill.',
  '--vvchat-color-success': 'Fill (primary) or text (outline, ghost) in the success and paid states.',
  '--vvchat-color-on-success': 'Label on the success fill.',
  '--vvchat-color-focus': 'The keyboard focus ring.',
  '--vvchat-gap': 'Space between the mark (or spinner) and the label.',
  '--vvchat-height-sm': 'Minimum height of size="sm".',
  '--vvchat-height-md': 'Minimum height of size="md" (the default).',
  '--vvchat-height-lg': 'Minimum height of size="lg".',
  '--vvchat-padding-inline-sm': 'Start and end padding of size="sm".',
  '--vvchat-padding-inline-md': 'Start and end padding of size="md".',
  '--vvchat-padding-inline-lg': 'Start and end padding of size="lg".',
  '--vvchat-border-width': 'Border width (every variant has a border; ghost’s is transparent).',
  '--vvchat-radius': 'Corner radius of shape="rect".',
  '--vvchat-radius-pill': 'Corner radius of shape="pill".',
  '--vvchat-font-family': 'Font of the label.',
  '--vvchat-font-size-sm': 'Label size of size="sm".',
  '--vvchat-font-size-md': 'Label size of size="md".',
  '--vvchat-font-size-lg': 'Label size of size="lg".',
  '--vvchat-font-weight': 'Label weight.',
  '--vvchat-focus-ring-width': 'Width of the focus ring.',
  '--vvchat-focus-ring-offset': 'Gap between the button and its focus ring.',
  '--vvchat-disabled-opacity': 'Opacity of a disabled button (not of a busy one).',
};

interface Property {
  name: string;
  light: string;
  dark: string | undefined;
}

/**
 * Every `var(--vvchat-…, default)` in `@vvchat/ui/styles.css`: the first block gives the light
 * defaults, the `[data-theme='dark']` block the dark ones. Read from the stylesheet itself, so this
 * table can't drift from it.
 */
function readProperties(css: string): Property[] {
  const darkStart = css.indexOf("[data-theme='dark'] .vvchat-button");
  const darkBlock = darkStart < 0 ? '' : css.slice(darkStart, css.indexOf('}', darkStart));
  const defaults = (text: string) => {
    const found = new Map<string, string>();
    for (const [, name, value] of text.matchAll(/var\((--vvchat-[\w-]+),\s*([^)]+)\)/g)) {
      if (name && value && !found.has(name)) found.set(name, value.trim());
    }
    return found;
  };
  const dark = defaults(darkBlock);
  // In the order of the descriptions (colours, then sizes small to large); any other at the end.
  const order = Object.keys(descriptions);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return [...defaults(css)]
    .map(([name, light]) => ({ name, light, dark: dark.get(name) }))
    .sort((a, b) => rank(a.name) - rank(b.name));
}

function Swatch({ value }: { value: string }) {
  if (!/^#[0-9a-f]{3,8}$/i.test(value)) return null;
  return (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-block',
        inlineSize: '0.9em',
        blockSize: '0.9em',
        marginInlineEnd: 6,
        verticalAlign: '-0.1em',
        border: '1px solid #747775',
        borderRadius: 3,
        background: value,
      }}
    />
  );
}

/** The table of every `--vvchat-*` custom property with its light and dark default. */
export function CustomPropertyTable() {
  const properties = readProperties(stylesheet);
  return (
    <table>
      <thead>
        <tr>
          <th>Custom property</th>
          <th>Light default</th>
          <th>Dark default</th>
          <th>What it styles</th>
        </tr>
      </thead>
      <tbody>
        {properties.map(({ name, light, dark }) => (
          <tr key={name}>
            <td>
              <code>{name}</code>
            </td>
            <td>
              <Swatch value={light} />
              <code>{light}</code>
            </td>
            <td>
              {dark ? (
                <>
                  <Swatch value={dark} />
                  <code>{dark}</code>
                </>
              ) : (
                'same'
              )}
            </td>
            <td>{descriptions[name] ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * "Show code" for the component stories: code a user can paste, written from the story's args,
 * instead of what Storybook prints from the rendered tree (`exchangeCode={function hY(){}}`, the
 * gallery wrappers, every default). Functions become the calls a real page makes (`api` is your
 * backend's routes, see Guides/Your backend); defaults and the stories' own stand-ins are left out.
 */

/** What the function props of the buttons look like on a real page. */
const calls: Record<string, string> = {
  exchangeCode: '(code) => api.login(code)',
  createOrder: '(input) => api.createOrder(input)',
  verifyPayment: '(order) => api.orderStatus(order.imprestCode)',
  onSuccess: '(result) => console.log(result)',
  onPaid: '({ tradeNo }) => console.log(\'paid\', tradeNo)',
  onError: '(error) => console.warn(error.code)',
  onClose: '() => setOpen(false)',
};

/** Props every button defaults to: not worth a line. */
const defaults: Record<string, unknown> = { size: 'md', variant: 'primary', shape: 'rect', block: false, disabled: false };

/** How a gallery story lays out several buttons: the prop it varies, and its values. */
const galleries: Record<string, [prop: string, values: unknown[]]> = {
  sizes: ['size', ['sm', 'md', 'lg']],
  variants: ['variant', ['primary', 'outline', 'ghost']],
  shapes: ['shape', ['rect', 'pill']],
  locales: ['locale', ['zh-CN', 'en']],
  darktheme: ['variant', ['primary', 'outline', 'ghost']],
};

/** A value as TypeScript source on one line: strings in single quotes, objects as literals. */
function literal(value: unknown): string {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value && typeof value === 'object') {
    const entries = entriesOf(value);
    return entries.length ? `{ ${entries.map(([name, entry]) => `${key(name)}: ${literal(entry)}`).join(', ')} }` : '{}';
  }
  return String(value);
}

const entriesOf = (value: object) => Object.entries(value).filter(([, entry]) => entry !== undefined);
const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : literal(name));

/** `value` at `indent`: on one line when it fits in `room` characters, else an object a key per line. */
function pretty(value: unknown, indent: string, room: number): string {
  const line = literal(value);
  if (line.length <= room || !value || typeof value !== 'object' || Array.isArray(value)) return line;
  const inner = indent + '  ';
  const lines = entriesOf(value).map(([name, entry]) => `${inner}${key(name)}: ${pretty(entry, inner, 100 - inner.length - name.length - 3)},`);
  return `{\n${lines.join('\n')}\n${indent}}`;
}

/** One prop as JSX at `indent` (`undefined` when it is left out). */
function attribute(name: string, value: unknown, indent: string): string | undefined {
  if (value === undefined || name === 'children' || defaults[name] === value) return undefined;
  if (typeof value === 'function') return `${name}={${calls[name] ?? '() => {}'}}`;
  if (value === true) return name;
  if (typeof value === 'string') return `${name}=${JSON.stringify(value)}`;
  return `${name}={${pretty(value, indent, 100 - indent.length - name.length - 3)}}`;
}

/** One element, on one line when short, else a prop per line. */
function element(component: string, args: Record<string, unknown>, indent = ''): string {
  const props = Object.entries(args)
    .map(([name, value]) => attribute(name, value, `${indent}  `))
    .filter((prop): prop is string => prop !== undefined);
  const children = typeof args.children === 'string' && args.children ? args.children : undefined;
  const close = children ? `>${children}</${component}>` : ' />';
  const oneLine = `${indent}<${component}${props.map((prop) => ' ' + prop).join('')}${close}`;
  if (oneLine.length <= 100 && !oneLine.includes('\n')) return oneLine;
  const inner = `${indent}  `;
  const end = children ? `${indent}>\n${inner}${children}\n${indent}</${component}>` : `${indent}/>`;
  return `${indent}<${component}\n${props.map((prop) => inner + prop).join('\n')}\n${end}`;
}

/**
 * The code for a story of `component`: its import, then the element with the story's args (a
 * gallery story: one element per value it shows; `Dark theme`: inside `data-theme="dark"`;
 * `Block`: in a phone-width column).
 */
export function snippet(component: string, story: string, args: Record<string, unknown>): string {
  const head = `import { ${component} } from '@vvchat/ui';\n\n`;
  // "Dark Theme", "DarkTheme" and "Dark theme" are the same story.
  const key = story.replace(/\s+/g, '').toLowerCase();
  const gallery = galleries[key];
  if (gallery) {
    const [prop, values] = gallery;
    const dark = key === 'darktheme';
    const elements = values.map((value) => element(component, { ...args, [prop]: value }, dark ? '  ' : '')).join('\n');
    return head + (dark ? `<div data-theme="dark">\n${elements}\n</div>` : elements);
  }
  if (args.block === true) return head + `<div style={{ maxInlineSize: 320 }}>\n${element(component, args, '  ')}\n</div>`;
  return head + element(component, args);
}

/**
 * `parameters.docs.source` for a component's stories: "Show code" prints {@link snippet}.
 * @example
 * parameters: { docs: { source: pasteable('VVChatLoginButton') } },
 */
export function pasteable(component: string) {
  return {
    language: 'tsx',
    transform: (_code: string, context: { name: string; args: Record<string, unknown> }) => snippet(component, context.name, context.args),
  };
}

import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';

/** The VVChat mark (the login button's speech bubble) beside the SDK's name, for the sidebar. */
const logo = `data:image/svg+xml,${encodeURIComponent(
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="32" viewBox="0 0 200 32">` +
    `<path fill="#0b57d0" fill-rule="evenodd" transform="translate(0 2) scale(1.4)" d="M10 2.5c4.4 0 8 2.9 8 6.5s-3.6 6.5-8 6.5c-.8 0-1.6-.1-2.3-.3L4 17l.9-3.2C3.1 12.6 2 10.9 2 9c0-3.6 3.6-6.5 8-6.5Zm-3 5.3a1.2 1.2 0 1 0 0 2.4 1.2 1.2 0 0 0 0-2.4Zm6 0a1.2 1.2 0 1 0 0 2.4 1.2 1.2 0 0 0 0-2.4Z"/>` +
    `<text x="34" y="22" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="16" font-weight="700" fill="#1f1f1f">VVChat <tspan font-weight="400">for React</tspan></text>` +
    `</svg>`,
)}`;

addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: 'VVChat for React: login, QPay, share and customer service',
    brandUrl: '?path=/docs/introduction--docs',
    brandImage: logo,
    brandTarget: '_self',
    colorSecondary: '#0b57d0',
    fontBase: "system-ui, -apple-system, 'Segoe UI', Roboto, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif",
  }),
});

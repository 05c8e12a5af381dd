import type { CSSProperties } from 'react';
import { CustomerServiceButton, QPayButton, ShareButton, VVChatLoginButton } from '@vvchat/ui';
import { DemoPage } from '../components/DemoPage';

/** The theme a merchant edits: the main `--vvchat-*` custom properties. */
export interface Theme {
  /** `data-theme` on the wrapper, and the page colour behind the buttons. */
  mode: 'light' | 'dark';
  brand: string;
  onBrand: string;
  surface: string;
  danger: string;
  onDanger: string;
  success: string;
  onSuccess: string;
  focus: string;
  /** `--vvchat-radius`, in px. */
  radius: number;
  fontWeight: '400' | '500' | '600' | '700';
  /** `--vvchat-font-family`. */
  fontFamily: string;
}

/** The light defaults from `@vvchat/ui/styles.css`. */
export const lightTheme: Theme = {
  mode: 'light',
  brand: '#0b57d0',
  onBrand: '#ffffff',
  surface: '#ffffff',
  danger: '#b3261e',
  onDanger: '#ffffff',
  success: '#146c2e',
  onSuccess: '#ffffff',
  focus: '#0b57d0',
  radius: 8,
  fontWeight: '600',
  fontFamily: 'inherit',
};

/** The dark defaults from `@vvchat/ui/styles.css` (`data-theme="dark"` or `.dark`, and `data-theme="system"` on a dark OS). */
export const darkTheme: Theme = {
  ...lightTheme,
  mode: 'dark',
  brand: '#a8c7fa',
  onBrand: '#062e6f',
  surface: '#1f1f1f',
  danger: '#f2b8b5',
  onDanger: '#601410',
  success: '#6dd58c',
  onSuccess: '#0a3818',
  focus: '#a8c7fa',
};

/** The custom properties a theme sets. */
export function themeProperties(theme: Theme): Record<string, string> {
  return {
    '--vvchat-color-brand': theme.brand,
    '--vvchat-color-on-brand': theme.onBrand,
    '--vvchat-color-surface': theme.surface,
    '--vvchat-color-danger': theme.danger,
    '--vvchat-color-on-danger': theme.onDanger,
    '--vvchat-color-success': theme.success,
    '--vvchat-color-on-success': theme.onSuccess,
    '--vvchat-color-focus': theme.focus,
    '--vvchat-radius': `${theme.radius}px`,
    '--vvchat-font-weight': theme.fontWeight,
    '--vvchat-font-family': theme.fontFamily,
  };
}

/** The stylesheet a merchant would paste into their app for `theme`. */
export function themeCss(theme: Theme): string {
  const selector = theme.mode === 'dark' ? "[data-theme='dark']" : ':root';
  const lines = Object.entries(themeProperties(theme)).map(([name, value]) => `  ${name}: ${value};`);
  return `${selector} {\n${lines.join('\n')}\n}`;
}

const tap = [{ when: 'idle', then: 'tap' }] as const;

/**
 * The four buttons under a theme: the three variants, plus a success and an error state (which
 * use the success and danger colours), and the CSS to copy.
 */
export function ThemePreview(theme: Theme) {
  const page: CSSProperties = {
    ...(themeProperties(theme) as CSSProperties),
    display: 'grid',
    gap: 16,
    padding: 24,
    borderRadius: 12,
    background: theme.mode === 'dark' ? '#131314' : '#ffffff',
    color: theme.mode === 'dark' ? '#e3e3e3' : '#1d1d1f',
    border: '1px solid #c4c7c5',
    fontFamily: 'system-ui, sans-serif',
  };
  const row: CSSProperties = { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12 };
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <div data-theme={theme.mode} style={page}>
        <DemoPage>
          {(['primary', 'outline', 'ghost'] as const).map((variant) => (
            <div key={variant} style={{ ...row, marginBlockEnd: 12 }}>
              <VVChatLoginButton variant={variant} />
              <QPayButton variant={variant} amount={12} createOrder={() => ({ imprestCode: 'IMPREST_CODE' })} />
              <ShareButton variant={variant} content={{ title: '新品上市', url: 'https://shop.example/items/42' }} />
              <CustomerServiceButton variant={variant} openId="demo-service-account" />
            </div>
          ))}
        </DemoPage>
        <div style={row}>
          <DemoPage app="approve" script={tap}>
            <ShareButton content={{ title: '新品上市', url: 'https://shop.example/items/42' }} />
          </DemoPage>
          <DemoPage app="not-installed" script={tap}>
            <CustomerServiceButton openId="demo-service-account" />
          </DemoPage>
          <DemoPage app="approve" script={tap}>
            <ShareButton variant="outline" content={{ title: '新品上市', url: 'https://shop.example/items/42' }} />
          </DemoPage>
          <DemoPage app="not-installed" script={tap}>
            <CustomerServiceButton variant="outline" openId="demo-service-account" />
          </DemoPage>
        </div>
      </div>
      <p style={{ margin: 0, color: '#1d1d1f', fontFamily: 'system-ui, sans-serif', fontSize: 14 }}>
        This theme as CSS, to paste into your app's stylesheet:
      </p>
      <pre style={{ margin: 0, padding: 12, borderRadius: 8, background: '#f1f3f4', color: '#1d1d1f', fontSize: 13, whiteSpace: 'pre-wrap' }}>
        {themeCss(theme)}
      </pre>
    </div>
  );
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { VVChatProvider } from '@vvchat/react';
import { CustomerServiceButton, QPayButton, ShareButton, VVChatLoginButton } from '@vvchat/ui';
// The page server loads CSS as text (pageServer.ts), and so do these imports' types (css.d.ts).
import buttons from '../../../packages/ui/src/styles.css?text';
import dialog from '../../../packages/ui/src/guidance/guidance.css?text';
import { report } from './report';

/**
 * The buttons on a merchant's page, with the real stylesheet: every variant of the four buttons.
 * Query: `page` = `white` (an ordinary page: white background, no theme), `dark-class` (`<html
 * class="dark">` and a dark page), `data-dark` (`data-theme="dark"`), `system` (`data-theme="system"`;
 * the page's own background follows the OS too). Reports `mounted`.
 */
const page = new URLSearchParams(location.search).get('page') ?? 'white';
const root = document.documentElement;
if (page === 'dark-class') root.classList.add('dark');
if (page === 'data-dark') root.dataset.theme = 'dark';
if (page === 'system') root.dataset.theme = 'system';
const style = document.createElement('style');
// The dialog's rules come through an @import in styles.css, which a <style> cannot resolve here.
style.textContent = buttons.replace(/@import[^;]+;/, '') + dialog;
document.head.append(style);
const systemDark = matchMedia('(prefers-color-scheme: dark)').matches;
const pageDark = page === 'dark-class' || page === 'data-dark' || (page === 'system' && systemDark);
document.body.style.cssText = `margin:0;background:${pageDark ? '#121212' : '#ffffff'};color:${pageDark ? '#e3e3e3' : '#1f1f1f'};font-family:sans-serif`;

const variants = ['primary', 'outline', 'ghost'] as const;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <VVChatProvider appId="test">
      <main style={{ display: 'grid', gap: 12, padding: 16 }}>
        {variants.map((variant) => (
          <div key={variant} style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
            <VVChatLoginButton variant={variant} data-variant-name={variant} />
            <QPayButton variant={variant} amount={12} createOrder={() => 'X'} />
            <ShareButton variant={variant} content={{ title: 't', url: 'https://shop.example/' }} />
            <CustomerServiceButton variant={variant} openId="OPEN_ID" />
          </div>
        ))}
      </main>
      <Mounted />
    </VVChatProvider>
  </StrictMode>,
);

function Mounted() {
  queueMicrotask(() => report('mounted'));
  return null;
}

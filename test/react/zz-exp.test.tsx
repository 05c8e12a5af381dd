import { it } from 'vitest';
it('x', async () => {
  console.log(document.visibilityState, location.href, 'userActivation' in navigator, navigator.onLine);
  const { renderToString } = await import('react-dom/server');
  const React = await import('react');
  console.log(renderToString(React.createElement('p', null, 'hi')));
  window.postMessage({a:1}, location.origin);
  await new Promise<void>((r) => addEventListener('message', (e) => { console.log('origin', e.origin, e.source === window); r(); }));
});

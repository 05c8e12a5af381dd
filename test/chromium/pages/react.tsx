import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import * as vvchatCore from '@vvchat/core';
import * as vvchatReact from '@vvchat/react';
import { report } from './report';

/** Proves the page server bundles React pages with @vvchat/react and @vvchat/core from source. */
function App() {
  useEffect(() => report('mounted', { react: Object.keys(vvchatReact), core: Object.keys(vvchatCore) }), []);
  return <h1 id="title">React {typeof vvchatReact.VVChatProvider}</h1>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../../stories/guides/examples/QuickStart';

/** The Introduction's quick start, the file the docs show, mounted as an app would. */
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

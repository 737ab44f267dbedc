import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { i18nReady } from './lib/i18n/i18n';
import './app/index.css';

const root = document.getElementById('root');
if (!root) {
  throw new Error('The page has no #root element.');
}

const container = root;
// The first page waits for its language's texts (fetched alongside the page's own chunk), never shows keys.
void i18nReady.finally(() =>
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);

/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Connect } from 'vite';
import { languages } from './src/lib/i18n/languages';
import { textBundles } from './src/lib/i18n/text-bundles';
import { texts } from './texts-plugin';

const reactRouterBuild = (file: string) =>
  fileURLToPath(new URL(`./node_modules/react-router/dist/development/${file}`, import.meta.url));

/**
 * A respondent's link (/respond/<token>) opens the respondent's own page, respond.html; every other page of the app is
 * index.html. The product's server does the same (SpaRouting.java), and so does the nginx front (nginx.conf).
 */
const respondentPage: Connect.NextHandleFunction = (request, _response, next) => {
  if (request.url && /^\/respond\/[^/?.]+\/?(\?.*)?$/.test(request.url)) request.url = '/respond.html';
  next();
};

export default defineConfig({
  base: '/',
  plugins: [
    react(),
    texts({
      localesDir: fileURLToPath(new URL('./src/lib/i18n/locales', import.meta.url)),
      languages,
      bundles: textBundles,
    }),
    {
      name: 'kompetenslaget-respondent-page',
      configureServer: (server) => void server.middlewares.use(respondentPage),
      configurePreviewServer: (server) => void server.middlewares.use(respondentPage),
    },
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    // The API runs on :8080 (the backend); the dev server passes /api on to it.
    port: 5173,
    strictPort: true,
    proxy: { '/api': 'http://localhost:8080' },
  },
  build: {
    outDir: 'dist',
    // Which chunks each page loads first: scripts/bundle-budget.mjs reads it to check the budgets.
    manifest: true,
    rolldownOptions: {
      // Two pages: the app, and the respondent's lean page (respond.html, src/respond-main.tsx).
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        respond: fileURLToPath(new URL('./respond.html', import.meta.url)),
      },
      // The libraries in chunks of their own, named, so scripts/bundle-budget.mjs can check that the respondent's
      // page loads none of the app's (router, TanStack Query, i18next); React is shared, so a respondent who opens
      // the app has it cached. They change less often than the app's code, so browsers keep them across releases.
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'router', test: /[\\/]node_modules[\\/](react-router|cookie|set-cookie-parser)[\\/]/ },
            { name: 'query', test: /[\\/]node_modules[\\/](@tanstack|openapi-fetch)[\\/]/ },
            {
              name: 'i18next',
              test: /[\\/]node_modules[\\/](i18next|react-i18next|void-elements|html-parse-stringify)[\\/]/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // A busy 2-core CI machine: no test may depend on the 5 s defaults.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Node would load react-router twice (CommonJS for the app, ES modules for react-router/dom), and
    // a router of one copy is no router to the other: use the ES modules for both, as the browser does.
    alias: [
      { find: /^react-router$/, replacement: reactRouterBuild('index.mjs') },
      { find: /^react-router\/dom$/, replacement: reactRouterBuild('dom-export.mjs') },
    ],
  },
});

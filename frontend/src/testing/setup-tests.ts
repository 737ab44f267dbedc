import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { i18n, loadTexts } from '@/lib/i18n/i18n';
import { featureTexts, type TextFeature } from '@/lib/i18n/text-bundles';
import { resetAccessData } from './mocks/access-data';
import { server } from './mocks/server';

// The search waits for typing to pause, and the machine may be busy: give async queries room.
configure({ asyncUtilTimeout: 15_000 });

const unhandledRequests: string[] = [];

beforeAll(async () => {
  // Both languages' texts at hand, as in a browser that has switched once (each is a chunk of its own).
  await i18n.loadLanguages(['sv', 'en']);
  // And every feature's texts, for the tests that render a component alone (a page's route loads its own;
  // text-bundles.test.ts checks that each feature names the texts it uses).
  await loadTexts(...(Object.keys(featureTexts) as TextFeature[]));
  server.listen({
    onUnhandledRequest(request, print) {
      unhandledRequests.push(`${request.method} ${request.url}`);
      print.error();
    },
  });
});

beforeEach(async () => {
  window.localStorage.clear();
  // Every test starts signed out, with the same people and no tokens.
  resetAccessData();
  await i18n.changeLanguage('sv');
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  const unhandled = unhandledRequests.splice(0);
  // A request no handler answers is a test that talks to nothing: fail it.
  if (unhandled.length > 0) {
    throw new Error(`Requests without an MSW handler: ${unhandled.join(', ')}`);
  }
});

afterAll(() => server.close());

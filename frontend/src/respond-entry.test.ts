import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// The respondent's page (respond.html) is a lean entry of its own: React, the questionnaire and its texts. This
// follows its static imports (what the browser fetches before the page shows) and fails when one of them reaches
// the app: its router, TanStack Query, i18next, the app's API client, or the app's frame.

const src = __dirname;

function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/')
    ? join(src, specifier.slice(2))
    : specifier.startsWith('.')
      ? resolve(dirname(from), specifier)
      : undefined;
  if (!base) return undefined;
  return ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
    .map((ending) => base + ending)
    .find((path) => existsSync(path) && !path.endsWith('/'));
}

function staticImports(entry: string) {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(file, 'utf8');
    // `import … from '…'` and `import '…'`; not `import type`, not `import('…')` (fetched later, on demand).
    for (const [, specifier = ''] of code.matchAll(/^import (?!type )(?:[^'";]*? from )?'([^']+)';/gm)) {
      if (specifier.endsWith('.css')) continue;
      const path = resolveImport(file, specifier);
      if (path) visit(path);
      else
        packages.add(
          specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!,
        );
    }
  };
  visit(entry);
  return { files: [...files].map((file) => relative(src, file)).sort(), packages: [...packages].sort() };
}

test('the respondent’s page loads no part of the app it does not show', () => {
  const { files, packages } = staticImports(join(src, 'respond-main.tsx'));
  expect(packages).toEqual(['react', 'react-dom', 'virtual:texts']);
  expect(
    files.filter(
      (file) =>
        /^app\/|^lib\/(api\/client|i18n\/i18n|query-client|auth\/)/.test(file) && !file.endsWith('.css'),
    ),
  ).toEqual([]);
  expect(files).toContain('features/respond/routes/respond-route.tsx');
});

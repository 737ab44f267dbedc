import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sv } from './locales/sv';
import { featureTexts, textBundles } from './text-bundles';

// The catalogue comes in bundles (text-bundles.ts): a page that used a key of a bundle nobody loaded would show the
// key. These checks read the code: each feature's keys are in the common texts or its own, the app's frame uses
// only the common texts, and the router fetches the texts of every feature whose code it loads.

const src = join(__dirname, '..', '..');
const groups = sv as unknown as Record<string, unknown>;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory())
      return name === 'locales' || name === 'testing' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.(test|d)\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The keys of the catalogue a file names in a string (a template's text before its first ${…}). */
function keysIn(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const found = new Set<string>();
  for (const [, literal = ''] of code.matchAll(/['"`]([a-zA-Z][\w.]*)/g)) {
    const key = literal.replace(/\.$/, '');
    const [group = ''] = key.split('.');
    if (!(group in groups)) continue;
    // A word alone ('app', a query key 'surveys') is a key only where the catalogue has a text by that name.
    if (key === group && typeof groups[group] !== 'string') continue;
    found.add(key);
  }
  return [...found];
}

const covered = (key: string, paths: readonly string[]) =>
  paths.some((path) => key === path || key.startsWith(`${path}.`) || path.startsWith(`${key}.`));

test('every group of the catalogue is in a bundle, and every bundle names what the catalogue has', () => {
  const bundled = Object.values(textBundles).flat();
  expect(Object.keys(groups).filter((group) => !covered(group, bundled))).toEqual([]);
  for (const path of bundled) {
    const value = path
      .split('.')
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], sv);
    expect(value, path).toBeDefined();
  }
});

test('the frame and the shared code use only the common texts', () => {
  const missing = ['app', 'components', 'lib', 'utils']
    .flatMap((folder) => sourceFiles(join(src, folder)))
    .flatMap((file) =>
      keysIn(file)
        .filter((key) => !covered(key, textBundles.common!))
        .map((key) => `${relative(src, file)}: ${key}`),
    );
  expect(missing).toEqual([]);
});

test('each feature uses only the common texts and its own', () => {
  const features = readdirSync(join(src, 'features'));
  const missing = features.flatMap((feature) => {
    const own = (featureTexts as Record<string, readonly string[]>)[feature] ?? [];
    return sourceFiles(join(src, 'features', feature)).flatMap((file) =>
      keysIn(file)
        .filter((key) => !covered(key, [...textBundles.common!, ...own]))
        .map((key) => `${relative(src, file)}: ${key}`),
    );
  });
  expect(missing).toEqual([]);
});

test('the respondent’s page has every text its code uses', () => {
  const files = [
    ...sourceFiles(join(src, 'features', 'respond')),
    ...['components/ui/error-alert.tsx', 'components/ui/loading.tsx', 'components/ui/table-scroll.tsx'].map(
      (file) => join(src, file),
    ),
    ...['components/layout/respondent-layout.tsx', 'components/layout/language-switch.tsx'].map((file) =>
      join(src, file),
    ),
  ];
  const missing = files.flatMap((file) =>
    keysIn(file)
      .filter((key) => !covered(key, textBundles.respondent!))
      .map((key) => `${relative(src, file)}: ${key}`),
  );
  expect(missing).toEqual([]);
});

test('the router fetches the texts of every feature whose code a page or section loads', () => {
  const router = readFileSync(join(src, 'app', 'router.tsx'), 'utf8');
  // Each loader: withTexts([features], code with its imports); the text before the first names none of them.
  const [before = '', ...loaders] = router.split('withTexts(');
  const problems: string[] = [];
  const needsTexts = (feature: string) => feature in featureTexts;
  for (const [, feature = ''] of before.matchAll(/import\('@\/features\/([\w-]+)\//g)) {
    if (needsTexts(feature)) problems.push(`${feature}: loaded without withTexts`);
  }
  for (const loader of loaders) {
    const named = /^\s*\[([^\]]*)\]/.exec(loader)?.[1] ?? '';
    for (const [, feature = ''] of loader.matchAll(/import\('@\/features\/([\w-]+)\//g)) {
      if (needsTexts(feature) && !named.includes(`'${feature}'`))
        problems.push(`${feature}: not in [${named}]`);
    }
  }
  expect(problems).toEqual([]);
  expect(loaders.length).toBeGreaterThan(20);
});

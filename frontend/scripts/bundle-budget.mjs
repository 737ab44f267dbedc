// The bundle budget check: after `vite build`, works out from the Vite manifest (dist/.vite/manifest.json) how much
// compressed script each page loads before it shows, and fails when a page passes its budget in bundle-budgets.json.
// Prints a table. Two entries:
//   - the app (index.html): its entry and static imports, the first language's common texts, the page's own chunks
//     and their static imports; not what a page loads later on demand (charts, sections for those signed in);
//   - the respondent's page (respond.html, a route of the budget file with "entry"): that entry and its static
//     imports, which hold its Swedish texts; and none of the app's libraries (router, TanStack Query, i18next).
//   node scripts/bundle-budget.mjs [--dist <dir>] [--json <file for {passed, failed}>]
// Every chunk the router loads lazily is checked (alone, with the entry) against the default budget; the pages
// whose router entry loads several chunks are named in the budget file with their modules.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const argument = (name) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const dist = resolve(argument('--dist') ?? join(here, '..', 'dist'));
const jsonOut = argument('--json');
const budgets = JSON.parse(readFileSync(join(here, '..', 'bundle-budgets.json'), 'utf8'));
const manifestFile = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestFile)) {
  console.error(`No Vite manifest at ${manifestFile}: build first (npm run build).`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const APP = 'index.html';
// The texts are cut into bundles at build time (texts-plugin.ts): virtual:texts/<language>/<bundle>.
const TEXTS = /virtual:texts\//;
const textsKey = (language, bundle) =>
  Object.keys(manifest).find((key) => key.endsWith(`virtual:texts/${language}/${bundle}`));
const FIRST_LANGUAGE = textsKey('sv', 'common');
if (!manifest[APP]?.isEntry || !FIRST_LANGUAGE) {
  console.error(`The manifest has no ${APP} entry or no Swedish common texts (virtual:texts/sv/common).`);
  process.exit(1);
}

const gzipped = new Map();
const sizeOf = (file) => {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(join(dist, file))).length);
  return gzipped.get(file);
};
/** The chunk's script files with everything it imports statically (what the browser fetches before running it). */
function closure(key, files = new Set()) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`The build has no chunk for ${key}`);
  if (files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(imported, files);
  return files;
}
const kb = (bytes) => (bytes / 1024).toFixed(1);

const total = (files) => [...files].reduce((sum, file) => sum + sizeOf(file), 0);
const firstLoad = (modules) => {
  const files = closure(APP);
  closure(FIRST_LANGUAGE, files);
  for (const module of modules) closure(module, files);
  return total(files);
};

const rows = [];
const problems = [];
for (const { route, entry, modules = [], budget } of budgets.routes) {
  if (entry) {
    if (!manifest[entry]?.isEntry) {
      problems.push(`${route}: the build has no entry ${entry} (vite.config.ts's inputs)`);
      continue;
    }
    const files = closure(entry);
    rows.push({ name: `${route} (${entry})`, bytes: total(files), budget });
    // A lean entry stays lean: none of the app's libraries (their chunks are named in vite.config.ts).
    const appLibraries = [...files].filter((file) =>
      /^assets\/(router|query|i18next)-[\w-]{8}\.js$/.test(file),
    );
    if (appLibraries.length > 0) problems.push(`${route}: ${entry} loads ${appLibraries.join(', ')}`);
    continue;
  }
  const missing = modules.filter((module) => !manifest[module]);
  if (missing.length > 0) {
    problems.push(
      `${route}: the build has no chunk for ${missing.join(', ')} (rename in bundle-budgets.json?)`,
    );
    continue;
  }
  rows.push({ name: route, bytes: firstLoad(modules), budget });
}
const named = new Set(budgets.routes.flatMap((route) => route.modules ?? []));
const pageChunks = (manifest[APP].dynamicImports ?? []).filter((key) => !TEXTS.test(key));
for (const module of pageChunks) {
  if (named.has(module)) continue;
  rows.push({
    name: module.replace(/^src\/features\//, ''),
    bytes: firstLoad([module]),
    budget: budgets.default,
  });
}
const entryOnly = firstLoad([]);

const width = Math.max(...rows.map((row) => row.name.length), 20);
console.log(
  `${'page (first-load script, gzip)'.padEnd(width)}  ${'KB'.padStart(7)}  ${'budget'.padStart(7)}  result`,
);
console.log(`${'(entry + first language)'.padEnd(width)}  ${kb(entryOnly).padStart(7)}`);
for (const row of rows) {
  const over = row.bytes > row.budget * 1024;
  row.passed = !over;
  console.log(
    `${row.name.padEnd(width)}  ${kb(row.bytes).padStart(7)}  ${String(row.budget).padStart(7)}  ${over ? 'OVER BUDGET' : 'ok'}`,
  );
}
for (const problem of problems) console.log(`FAILED ${problem}`);
const passed = rows.filter((row) => row.passed).length;
const failed = rows.length - passed + problems.length;
console.log(`${passed} within budget, ${failed} over budget or missing`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ passed, failed }));
process.exit(failed > 0 || rows.length === 0 ? 1 : 0);

// Prints per-suite test counts and a last line "N passed, N failed"; exits non-zero when anything failed,
// including a step that failed without running tests (listed as extra arguments).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const [out, surefireDir, ...failedSteps] = process.argv.slice(2);
const suites = [];
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

if (existsSync(surefireDir)) {
  let passed = 0, failed = 0, skipped = 0;
  for (const file of readdirSync(surefireDir).filter((f) => /^TEST-.*\.xml$/.test(f))) {
    const head = readFileSync(join(surefireDir, file), 'utf8').match(/<testsuite\b[^>]*>/)?.[0] ?? '';
    const attr = (name) => Number(head.match(new RegExp(`\\b${name}="(\\d+)"`))?.[1] ?? 0);
    const bad = attr('failures') + attr('errors');
    passed += attr('tests') - bad - attr('skipped');
    failed += bad;
    skipped += attr('skipped');
  }
  suites.push({ name: 'backend (JUnit)', passed, failed, skipped });
}
const vitest = readJson(join(out, 'vitest.json'));
if (vitest) {
  suites.push({ name: 'frontend unit (Vitest)', passed: vitest.numPassedTests, failed: vitest.numFailedTests,
    skipped: vitest.numPendingTests + vitest.numTodoTests });
}
const budget = readJson(join(out, 'bundle-budget.json'));
if (budget) {
  suites.push({ name: 'bundle budgets', passed: budget.passed, failed: budget.failed, skipped: 0 });
}
const e2e = readJson(join(out, 'e2e.json'));
if (e2e) {
  suites.push({ name: 'end-to-end (Playwright)', passed: e2e.stats.expected + e2e.stats.flaky,
    failed: e2e.stats.unexpected, skipped: e2e.stats.skipped });
}
const nginxTap = join(out, 'nginx.tap');
if (existsSync(nginxTap)) {
  const tap = readFileSync(nginxTap, 'utf8');
  const count = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  suites.push({ name: 'nginx front (node:test)', passed: count('pass'), failed: count('fail') + count('cancelled'),
    skipped: count('skipped') });
}
// The generated clients' scenarios and examples/ (written by .ci/clients.sh): one TAP point per line "ok"/"not ok".
for (const [file, name] of [['client-python.tap', 'Python client scenario'], ['client-typescript.tap', 'TypeScript client scenario'],
  ['examples.tap', 'examples/'], ['deploy.tap', 'Kubernetes manifests'], ['replicas.tap', 'several replicas (prove.sh)']]) {
  if (!existsSync(join(out, file))) continue;
  const tap = readFileSync(join(out, file), 'utf8');
  const count = (pattern) => (tap.match(pattern) ?? []).length;
  suites.push({ name, passed: count(/^ok \d+/gm), failed: count(/^not ok \d+/gm), skipped: 0 });
}
const compose = readJson(join(out, 'compose.json'));
if (compose) {
  suites.push({ name: 'docker-compose config', passed: compose.compose ? 1 : 0, failed: compose.compose ? 0 : 1, skipped: 0 });
}

for (const s of suites) console.log(`${s.name.padEnd(26)} ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped`);
for (const step of failedSteps) console.log(`failed step: ${step}`);
const total = (key) => suites.reduce((sum, s) => sum + s[key], 0);
const passed = total('passed');
const failed = total('failed') + failedSteps.length;
console.log(`${passed} passed, ${failed} failed, ${total('skipped')} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

// Lighthouse (performance only) on three pages of a running product, with the machine's Chromium: the respondent's
// form, the municipality list and a municipality's page; prints the figures. A measurement to read, not a test: it
// fails only when it cannot measure.
//   BASE_URL=http://localhost:8080 E2E_ADMIN_EMAIL=… E2E_ADMIN_PASSWORD=… node scripts/lighthouse.mjs [--desktop]
// The administrator makes a questionnaire and sends it to Luleå for the respondent's link (or give RESPOND_PATH).
// CHROME_PATH names the browser (default /usr/bin/chromium); nothing is downloaded.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const base = process.env.BASE_URL;
if (!base) {
  console.error('Set BASE_URL to the running product, e.g. BASE_URL=http://localhost:8080');
  process.exit(2);
}
const desktop = process.argv.includes('--desktop');

/** A respondent's link: a questionnaire sent to Luleå, made over the API as the administrator. */
async function respondPath() {
  if (process.env.RESPOND_PATH) return process.env.RESPOND_PATH;
  const { E2E_ADMIN_EMAIL: email, E2E_ADMIN_PASSWORD: password } = process.env;
  if (!email || !password) throw new Error('Set E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD (or RESPOND_PATH).');
  const call = async (method, path, body, cookie) => {
    const response = await fetch(new URL(path, base), {
      method,
      headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
    return response;
  };
  const signedIn = await call('POST', '/api/v1/auth/sign-in', { email, password });
  const cookie = signedIn.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  const imported = await call(
    'POST',
    '/api/v1/questionnaire-templates/norrbotten-competence-matrix/import',
    { ownerCountyCode: '25' },
    cookie,
  );
  const { id } = await imported.json();
  await call('POST', `/api/v1/questionnaires/${id}/open`, undefined, cookie);
  const invited = await call(
    'POST',
    `/api/v1/questionnaires/${id}/invitations`,
    { target: 'municipalities', municipalityCodes: ['2580'] },
    cookie,
  );
  const path = (await invited.json()).invitations[0].path;
  await call('POST', '/api/v1/auth/sign-out', undefined, cookie);
  return path;
}

const pages = [
  ['respondent form', await respondPath()],
  ['municipality list', '/municipalities'],
  ['municipality page', '/municipalities/2580'],
];

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const rows = [];
try {
  for (const [name, path] of pages) {
    const result = await lighthouse(
      new URL(path, base).href,
      { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: ['performance'] },
      desktop ? desktopConfig : undefined,
    );
    const { audits, categories } = result.lhr;
    const scripts = (audits['network-requests']?.details?.items ?? []).filter(
      (item) => item.resourceType === 'Script',
    );
    rows.push({
      page: name,
      score: Math.round((categories.performance.score ?? 0) * 100),
      fcp: audits['first-contentful-paint']?.numericValue / 1000,
      lcp: audits['largest-contentful-paint']?.numericValue / 1000,
      cls: audits['cumulative-layout-shift']?.numericValue,
      tbt: audits['total-blocking-time']?.numericValue,
      scriptKb: scripts.reduce((sum, item) => sum + (item.transferSize ?? 0), 0) / 1024,
      scripts: scripts.length,
      // What moved, for a page that shifts: the elements Lighthouse names and their share of the score.
      shifts: (audits['layout-shifts']?.details?.items ?? []).map(
        (item) => `${item.score.toFixed(3)} ${item.node?.snippet ?? item.node?.selector ?? '?'}`,
      ),
    });
  }
} finally {
  await chrome.kill();
}

console.log(`Lighthouse ${desktop ? 'desktop' : 'mobile (simulated slow 4G, 4× CPU)'} on ${base}`);
console.log('page                score   FCP s   LCP s    CLS     TBT ms  script KB (files)');
// A figure Lighthouse could not work out in a run (seen once for CLS) shows as n/a, not as a crash.
const figure = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
for (const row of rows) {
  console.log(
    `${row.page.padEnd(18)}  ${String(row.score).padStart(5)}  ${figure(row.fcp, 1).padStart(6)}  ` +
      `${figure(row.lcp, 1).padStart(6)}  ${figure(row.cls, 3).padStart(6)}  ${figure(row.tbt, 0).padStart(8)}  ` +
      `${figure(row.scriptKb, 1).padStart(9)} (${row.scripts})`,
  );
}
for (const row of rows.filter((row) => row.shifts.length > 0)) {
  console.log(`layout shifts on the ${row.page}:`);
  for (const shift of row.shifts) console.log(`  ${shift}`);
}

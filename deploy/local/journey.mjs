// The HTTP side of deploy/local/prove.sh: the end-to-end journey through the load balancer, and writers that keep
// writing cost batches (each with its own Idempotency-Key, retried with the same key until acknowledged) while the
// script kills and restarts replicas. Node's own fetch; no packages.
//
//   node journey.mjs journey <state.json>                   sign in, token, costs written and read, a survey answered
//   node journey.mjs load <state.json> <phase> <out.json>   writes until the file <out.json>.stop appears
//   node journey.mjs standby <state.json> <out.json>        a write on the primary, read back through the standby
// BASE (the balancer), KL_EMAIL, KL_PASSWORD, and for load WRITERS (default 4), YEAR_BASE.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const base = process.env.BASE;
const [mode, stateFile, ...rest] = process.argv.slice(2);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const json = { 'Content-Type': 'application/json', Accept: 'application/json' };

async function call(method, path, { headers = {}, body, expect = [200] } = {}) {
  const response = await fetch(base + path, {
    method, headers: { ...json, ...headers }, body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!expect.includes(response.status)) {
    throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
  }
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

async function journey() {
  const state = {};
  const signIn = await fetch(base + '/api/v1/auth/sign-in', {
    method: 'POST', headers: json, body: JSON.stringify({ email: process.env.KL_EMAIL, password: process.env.KL_PASSWORD }),
  });
  if (signIn.status !== 200) throw new Error(`sign-in: ${signIn.status} ${await signIn.text()}`);
  const cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  console.log('ok 1 - the administrator signs in through the balancer');
  const token = await call('POST', '/api/v1/me/tokens', {
    headers: { Cookie: cookie }, expect: [201],
    body: { name: 'scale proof', scopes: ['read', 'costs:write', 'surveys:write'], expiresInDays: 1 },
  }).catch(async () => call('POST', '/api/v1/me/tokens', {
    headers: { Cookie: cookie }, expect: [201], body: { name: 'scale proof', scopes: ['read', 'costs:write'], expiresInDays: 1 },
  }));
  state.token = token.body.value;
  const auth = { Authorization: `Bearer ${state.token}` };
  console.log('ok 2 - a personal token, used from here on (each request may land on another replica)');

  const areas = (await call('GET', '/api/v1/service-areas', { headers: auth })).body;
  state.areas = (Array.isArray(areas) ? areas : areas.items).map((a) => a.code);
  const municipalities = (await call('GET', '/api/v1/municipalities?county=25&size=100', { headers: auth })).body;
  state.municipalities = municipalities.items.map((m) => m.code);
  const key = `journey-${Date.now()}`;
  const batch = { lines: [{ year: 2024, serviceArea: state.areas[0], hiredCost: 123456, ownCost: 876544 }] };
  const first = await call('POST', '/api/v1/municipalities/2580/cost-lines', {
    headers: { ...auth, 'Idempotency-Key': key }, body: batch, expect: [200, 201],
  });
  const again = await call('POST', '/api/v1/municipalities/2580/cost-lines', {
    headers: { ...auth, 'Idempotency-Key': key }, body: batch, expect: [200, 201],
  });
  if (again.headers.get('idempotent-replayed') !== 'true' || JSON.stringify(first.body) !== JSON.stringify(again.body)) {
    throw new Error(`the retried batch was not replayed: ${JSON.stringify(again.body)}`);
  }
  console.log('ok 3 - a cost batch with an Idempotency-Key, and its retry replayed');
  const lines = (await call('GET', `/api/v1/municipalities/2580/cost-lines?year=2024&size=100`, {
    headers: { ...auth, 'Cache-Control': 'no-cache' },
  })).body;
  const line = lines.items.find((l) => l.serviceArea === state.areas[0] && l.month == null && l.profession == null);
  if (!line || Number(line.hiredCost) !== 123456) throw new Error(`the line read back: ${JSON.stringify(lines).slice(0, 300)}`);
  console.log('ok 4 - the cost line read back');

  const imported = await call('POST', '/api/v1/questionnaire-templates/norrbotten-interview/import', {
    headers: { Cookie: cookie }, body: { ownerCountyCode: '25' }, expect: [201],
  });
  const questionnaireId = imported.body.id;
  await call('POST', `/api/v1/questionnaires/${questionnaireId}/open`, { headers: { Cookie: cookie } });
  const invited = await call('POST', `/api/v1/questionnaires/${questionnaireId}/invitations`, {
    headers: { Cookie: cookie }, body: { target: 'municipalities', municipalityCodes: ['2580'] }, expect: [201],
  });
  const respondToken = invited.body.invitations[0].path.split('/').pop();
  console.log('ok 5 - a questionnaire opened and sent to Luleå');
  const form = await call('GET', `/api/v1/respond/${respondToken}`);
  const questionId = form.body.definition.sections[0].questions[0].id;
  const saved = await call('PATCH', `/api/v1/respond/${respondToken}/answers`, {
    headers: { 'If-Match': '"0"' }, body: { answers: { [questionId]: 'Svar genom lastbalanseraren' } },
  });
  await call('POST', `/api/v1/respond/${respondToken}/submit`, { headers: { 'If-Match': saved.headers.get('etag') } });
  console.log('ok 6 - the respondent answers (a draft) and submits, each request on any replica');
  const results = await call('GET', `/api/v1/questionnaires/${questionnaireId}/results`, { headers: { Cookie: cookie } });
  const submitted = JSON.stringify(results.body);
  if (!submitted.includes('Svar genom lastbalanseraren')) throw new Error(`results: ${submitted.slice(0, 300)}`);
  console.log('ok 7 - the coordinator sees the answer in the results');
  state.questionnaireId = questionnaireId;
  writeFileSync(stateFile, JSON.stringify(state));
}

/** Writers: each request one new cost line (unique natural key), retried with its own key until acknowledged. */
async function load(phase, out) {
  const state = JSON.parse(readFileSync(stateFile, 'utf8'));
  const auth = { Authorization: `Bearer ${state.token}` };
  const yearBase = Number(process.env.YEAR_BASE);
  const writers = Number(process.env.WRITERS ?? 4);
  const acknowledged = [];
  const failures = [];
  let next = 0;
  let retriedWrites = 0;
  const stopFile = `${out}.stop`;
  const slots = state.municipalities.length * state.areas.length * 12;
  const pause = Number(process.env.WRITE_PAUSE_MS ?? 25);
  async function writer() {
    while (!existsSync(stopFile)) {
      await sleep(pause);
      const n = next++;
      const municipality = state.municipalities[n % state.municipalities.length];
      const rest = Math.floor(n / state.municipalities.length);
      const area = state.areas[rest % state.areas.length];
      const month = (Math.floor(rest / state.areas.length) % 12) + 1;
      const year = yearBase + Math.floor(n / slots);
      const hired = 1000 + n;
      const key = `${phase}-${n}-${Date.now()}`;
      const body = JSON.stringify({ lines: [{ year, month, serviceArea: area, hiredCost: hired, ownCost: 100000 }] });
      for (let attempt = 1; ; attempt++) {
        let status = 0;
        let text = '';
        const started = Date.now();
        try {
          const response = await fetch(`${base}/api/v1/municipalities/${municipality}/cost-lines`, {
            method: 'POST', headers: { ...json, ...auth, 'Idempotency-Key': key }, body,
          });
          status = response.status;
          text = await response.text();
        } catch (e) {
          text = String(e.cause?.code ?? e.message);
        }
        if (status === 200 || status === 201) {
          acknowledged.push({ municipality, year, month, area, hired, attempts: attempt });
          if (attempt > 1) retriedWrites++;
          break;
        }
        failures.push({ n, attempt, status, error: text.slice(0, 160), at: new Date(started).toISOString() });
        if (attempt >= 40 || (status >= 400 && status < 500 && status !== 429 && status !== 409)) {
          console.error(`write ${n} gave up after ${attempt} attempts: ${status} ${text.slice(0, 200)}`);
          break;
        }
        await sleep(250);
      }
    }
  }
  const started = Date.now();
  await Promise.all(Array.from({ length: writers }, writer));
  const seconds = (Date.now() - started) / 1000;
  writeFileSync(out, JSON.stringify({ phase, acknowledged, failures, retriedWrites, attempted: next, seconds }));
  console.log(`${phase}: ${next} writes attempted, ${acknowledged.length} acknowledged, ${failures.length} failed ` +
    `requests, ${retriedWrites} writes needed a retry; ${seconds.toFixed(0)} s, ` +
    `${(acknowledged.length / seconds).toFixed(1)} acknowledged writes/s with ${writers} writers`);
}

/** A write through the balancer (primary), then reads through the balancer (standby) until they show it. */
async function standby(out) {
  const state = JSON.parse(readFileSync(stateFile, 'utf8'));
  const auth = { Authorization: `Bearer ${state.token}` };
  const area = state.areas[0];
  const hired = 200000 + Math.floor(Math.random() * 100000);
  await call('POST', '/api/v1/municipalities/2580/cost-lines', {
    headers: { ...auth, 'Idempotency-Key': `standby-${Date.now()}` }, expect: [200, 201],
    body: { lines: [{ year: 2098, serviceArea: area, hiredCost: hired, ownCost: 1000000 - hired }] },
  });
  const written = Date.now();
  const expected = (hired * 100) / 1000000;
  let seenAfter = -1;
  let last = null;
  for (let i = 0; i < 600; i++) {
    const shares = await call('GET', `/api/v1/hired-staff-shares/municipalities?year=2098&county=25&serviceArea=${area}`,
      { headers: auth });
    last = (Array.isArray(shares.body) ? shares.body : shares.body.items).find((s) => s.municipality === '2580' ||
      s.code === '2580' || s.municipalityCode === '2580');
    if (last && Math.abs(Number(last.share) - expected) < 0.006) { seenAfter = Date.now() - written; break; }
    await sleep(20);
  }
  writeFileSync(out, JSON.stringify({ seenAfterMs: seenAfter, expected, last }));
  console.log(`standby read: the write was visible after ${seenAfter} ms (expected share ${expected}, last ${JSON.stringify(last)})`);
}

try {
  if (mode === 'journey') await journey();
  else if (mode === 'load') await load(rest[0], rest[1]);
  else if (mode === 'standby') await standby(rest[0]);
  else throw new Error(`unknown mode ${mode}`);
} catch (e) {
  console.error(`not ok - ${e.message}`);
  process.exit(1);
}

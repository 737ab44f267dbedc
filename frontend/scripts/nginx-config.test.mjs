// Checks frontend/nginx.conf for real: `nginx -t`, then nginx serving the built SPA (dist/) and proxying to a
// running API (API_URL), and requests through it. Run by .ci/test during the end-to-end step:
//   API_URL=http://127.0.0.1:8080 node --test scripts/nginx-config.test.mjs
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

const frontend = join(dirname(fileURLToPath(import.meta.url)), '..');
const apiUrl = new URL(process.env.API_URL ?? 'http://127.0.0.1:8080');
const nginxBinary = process.env.NGINX ?? '/usr/sbin/nginx';
const dist = join(frontend, 'dist');

let base;
let nginx;
let work;

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** nginx.conf as deployed, pointed at this machine's dist/, API and a free port. */
function serverConfig(port) {
  const config = readFileSync(join(frontend, 'nginx.conf'), 'utf8');
  const replaced = config
    .replace('listen 8080;', `listen 127.0.0.1:${port};`)
    .replace('root /usr/share/nginx/html;', `root ${dist};`)
    .replaceAll('http://backend:8080', `http://${apiUrl.host}`)
    .replace('access_log /dev/stdout kl_safe;', `access_log ${join(work, 'access.log')} kl_safe;`);
  assert.notEqual(replaced, config, 'the test could not adapt nginx.conf');
  return replaced;
}

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'kl-nginx-'));
  chmodSync(work, 0o777);
  const port = await freePort();
  writeFileSync(join(work, 'server.conf'), serverConfig(port));
  writeFileSync(
    join(work, 'nginx.conf'),
    `pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
worker_processes 1;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  include ${work}/server.conf;
}
`,
  );
  const check = spawnSync(nginxBinary, ['-t', '-p', work, '-c', join(work, 'nginx.conf')], {
    encoding: 'utf8',
  });
  assert.equal(check.status, 0, `nginx -t failed:\n${check.stderr}`);
  nginx = spawn(nginxBinary, ['-p', work, '-c', join(work, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: 'inherit',
  });
  base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await fetch(base);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error('nginx did not start');
});

after(() => {
  nginx?.kill('SIGQUIT');
  rmSync(work, { recursive: true, force: true });
});

const securityHeaders = (response) => {
  assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self';/);
  assert.match(response.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
  assert.doesNotMatch(response.headers.get('content-security-policy') ?? '', /,/, 'the header is sent once');
  assert.equal(response.headers.get('x-frame-options'), 'DENY');
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
};

test('index.html and client-side routes: security headers, revalidated', async () => {
  for (const path of ['/', '/municipalities/2580']) {
    const response = await fetch(base + path);
    assert.equal(response.status, 200, path);
    assert.match(await response.text(), /<div id="root">/);
    assert.equal(response.headers.get('cache-control'), 'no-cache', path);
    securityHeaders(response);
  }
});

test('a respondent link opens the respondent’s own page (respond.html), not the app', async () => {
  const response = await fetch(`${base}/respond/kls_nginxTestLink`);
  assert.equal(response.status, 200);
  const html = await response.text();
  assert.equal(html, readFileSync(join(dist, 'respond.html'), 'utf8'));
  assert.notEqual(html, readFileSync(join(dist, 'index.html'), 'utf8'));
  assert.equal(response.headers.get('cache-control'), 'no-cache');
  securityHeaders(response);
});

test('hashed assets: compressed, immutable, and still with the security headers', async () => {
  const script = readdirSync(join(dist, 'assets')).find((name) => name.endsWith('.js'));
  const response = await fetch(`${base}/assets/${script}`, { headers: { 'Accept-Encoding': 'gzip' } });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-encoding'), 'gzip');
  assert.match(response.headers.get('cache-control') ?? '', /max-age=31536000, immutable/);
  securityHeaders(response);
});

test('the API, the contract and health through the proxy; Swagger UI not exposed', async () => {
  const counties = await fetch(`${base}/api/v1/counties`, { headers: { 'Accept-Encoding': 'gzip' } });
  assert.equal(counties.status, 200);
  assert.equal(counties.headers.get('content-encoding'), 'gzip');
  assert.equal((await counties.json()).length, 21);
  securityHeaders(counties);
  assert.equal((await fetch(`${base}/q/health/ready`)).status, 200);
  const contract = await fetch(`${base}/q/openapi`);
  assert.equal(contract.status, 200);
  assert.match(await contract.text(), /openapi: 3/);
  assert.equal((await fetch(`${base}/q/swagger-ui/`)).status, 404);
});

test('a body the API accepts (over nginx’s 1 MB default) reaches the API', async () => {
  const body = JSON.stringify({ lines: [], padding: 'x'.repeat(2 * 1024 * 1024) });
  const response = await fetch(`${base}/api/v1/municipalities/2580/cost-lines`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body,
  });
  assert.notEqual(response.status, 413, 'nginx refused a 2 MB body');
  assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
});

test('a respondent link never reaches the access log', async () => {
  const secret = `kls_${Math.random().toString(36).slice(2)}nginxtest`;
  await fetch(`${base}/api/v1/respond/${secret}`);
  await fetch(`${base}/respond/${secret}`);
  await new Promise((resolve) => setTimeout(resolve, 200));
  const log = readFileSync(join(work, 'access.log'), 'utf8');
  assert.match(log, /\/api\/v1\/respond\/kls_\[hidden\]/);
  assert.ok(!log.includes(secret), 'the access log holds a respondent link');
});

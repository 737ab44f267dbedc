// Generates src/lib/api/schema.d.ts from ../openapi.yaml with openapi-typescript.
// With --check it writes nothing and fails when the committed file is not what it would generate.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const contract = join(root, '../openapi.yaml');
const target = join(root, 'src/lib/api/schema.d.ts');
const check = process.argv.includes('--check');

const header = `// GENERATED FILE, do not edit. Made by \`npm run generate:api\` from ../openapi.yaml (the contract
// the backend generates); \`npm run check:api\` fails when it no longer matches.
`;

function generate() {
  const dir = mkdtempSync(join(tmpdir(), 'api-types-'));
  try {
    const out = join(dir, 'schema.d.ts');
    execFileSync(join(root, 'node_modules/.bin/openapi-typescript'), [contract, '--output', out], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return header + readFileSync(out, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (!existsSync(contract)) {
  console.error(`No contract at ${contract}.`);
  process.exit(1);
}

const generated = generate();

if (!check) {
  writeFileSync(target, generated);
  console.log('Wrote src/lib/api/schema.d.ts');
} else if (!existsSync(target) || readFileSync(target, 'utf8') !== generated) {
  const fresh = join(mkdtempSync(join(tmpdir(), 'api-types-')), 'schema.d.ts');
  writeFileSync(fresh, generated);
  try {
    execFileSync('diff', ['-u', target, fresh], { stdio: 'inherit' });
  } catch {
    // diff exits 1 when the files differ; what it printed is the point.
  }
  rmSync(fresh, { force: true });
  console.error('\nsrc/lib/api/schema.d.ts is stale: run `npm run generate:api` and commit the result.');
  process.exit(1);
} else {
  console.log('src/lib/api/schema.d.ts matches ../openapi.yaml.');
}

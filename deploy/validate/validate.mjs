// Validates the Kubernetes manifests under deploy/ (issue 17) and prints TAP ("ok N - …" / "not ok N - …"):
//   - every resource of the base and of each overlay (rendered with `kubectl kustomize` when kubectl is installed;
//     otherwise the base's resource files as they are, and the overlays are reported as not rendered) against the
//     Kubernetes OpenAPI schemas (kubernetes-models), and CloudNativePG's Cluster and ScheduledBackup against
//     schemas/postgresql.cnpg.io_v1.json (ajv);
//   - what the schemas cannot tell: probes, resources, selectors that select something, Secrets that exist, TLS on the
//     Ingress, a migration Job and replicas that do not migrate, a primary with a standby and backups;
//   - deploy/base/kubernetes.yml equals what quarkus-kubernetes generated (backend/target/kubernetes/kubernetes.yml)
//     when a build has made it.
// Usage: node validate.mjs [tap-file]; exits non-zero when any check fails.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { parseAllDocuments } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const deploy = join(here, '..');
const root = join(deploy, '..');
const tapFile = process.argv[2];
const lines = [];
let n = 0;
let failed = 0;
const out = (line) => { lines.push(line); console.log(line); };
const check = (pass, name, detail) => {
  n++;
  if (pass) out(`ok ${n} - ${name}`);
  else { failed++; out(`not ok ${n} - ${name}`); if (detail) out(`  # ${String(detail).split('\n').join('\n  # ')}`); }
};

const parse = (text, source) => parseAllDocuments(text).map((d) => {
  if (d.errors.length) throw new Error(`${source}: ${d.errors[0].message}`);
  return d.toJS();
}).filter((d) => d);

const crdSchemas = JSON.parse(readFileSync(join(here, 'schemas', 'postgresql.cnpg.io_v1.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
const crdValidators = {};
for (const kind of ['Cluster', 'ScheduledBackup']) {
  crdValidators[`postgresql.cnpg.io/v1/${kind}`] = ajv.compile({ ...crdSchemas[kind], definitions: crdSchemas.definitions });
}

async function validateSchema(doc) {
  const { apiVersion, kind } = doc;
  const crd = crdValidators[`${apiVersion}/${kind}`];
  if (crd) {
    return crd(doc) ? null : ajv.errorsText(crd.errors, { separator: '\n' });
  }
  const modulePath = `kubernetes-models/${apiVersion}/${kind}`;
  let Model;
  try {
    Model = (await import(modulePath))[kind];
  } catch {
    return `no schema for ${apiVersion} ${kind}`;
  }
  try {
    new Model(doc).validate();
    return null;
  } catch (e) {
    return e.message;
  }
}

const labelsMatch = (selector = {}, labels = {}) =>
  Object.entries(selector).every(([k, v]) => labels[k] === v);

function semanticChecks(set, docs) {
  const of = (kind) => docs.filter((d) => d.kind === kind);
  const deployment = of('Deployment').find((d) => d.metadata.name === 'kompetenslaget');
  check(!!deployment, `${set}: the Deployment kompetenslaget`);
  if (!deployment) return;
  const pod = deployment.spec.template;
  const container = pod.spec.containers.find((c) => c.name === 'kompetenslaget') ?? pod.spec.containers[0];
  for (const [probe, path] of [['livenessProbe', '/q/health/live'], ['readinessProbe', '/q/health/ready'],
    ['startupProbe', '/q/health/started']]) {
    check(container[probe]?.httpGet?.path === path, `${set}: ${probe} on ${path}`, JSON.stringify(container[probe]));
  }
  const r = container.resources ?? {};
  check(!!(r.requests?.cpu && r.requests?.memory && r.limits?.memory), `${set}: CPU and memory requests, a memory limit`);
  const env = Object.fromEntries((container.env ?? []).map((e) => [e.name, e.value]));
  check(env.KL_MIGRATE_AT_START === 'false', `${set}: the replicas do not migrate (KL_MIGRATE_AT_START=false)`);
  check(labelsMatch(deployment.spec.selector.matchLabels, pod.metadata.labels), `${set}: the Deployment's selector selects its pods`);
  const grace = pod.spec.terminationGracePeriodSeconds ?? 30;
  check(grace >= 35, `${set}: the grace period (${grace} s) covers the drain (5 s + 30 s)`);

  const job = of('Job').find((j) => j.metadata.name === 'kompetenslaget-migrate');
  check(!!job && job.spec.template.spec.containers[0].command?.includes('migrate'),
    `${set}: a migration Job runs \`quarkus-run.jar migrate\``);
  const workloads = [pod, ...(job ? [job.spec.template] : [])];

  const pdb = of('PodDisruptionBudget')[0];
  check(!!pdb && labelsMatch(pdb.spec.selector.matchLabels, pod.metadata.labels), `${set}: the PodDisruptionBudget selects the replicas`);
  const hpa = of('HorizontalPodAutoscaler')[0];
  check(!!hpa && hpa.spec.scaleTargetRef.kind === 'Deployment' && hpa.spec.scaleTargetRef.name === deployment.metadata.name
    && hpa.spec.minReplicas >= 2, `${set}: the HorizontalPodAutoscaler scales the Deployment, at least 2 replicas`);

  const clusters = of('Cluster');
  const clusterPods = clusters.map((c) => ({ metadata: { labels: { 'cnpg.io/cluster': c.metadata.name } } }));
  const policies = of('NetworkPolicy');
  check(policies.some((p) => Object.keys(p.spec.podSelector ?? {}).length === 0 ||
    Object.keys(p.spec.podSelector.matchLabels ?? {}).length === 0), `${set}: a default-deny NetworkPolicy`);
  for (const p of policies.filter((p) => Object.keys(p.spec.podSelector?.matchLabels ?? {}).length)) {
    check([...workloads, ...clusterPods].some((w) => labelsMatch(p.spec.podSelector.matchLabels, w.metadata.labels)),
      `${set}: NetworkPolicy ${p.metadata.name} selects pods that exist`);
  }

  const secrets = new Set([...of('Secret').map((s) => s.metadata.name), ...clusters.map((c) => `${c.metadata.name}-app`)]);
  const referenced = new Set();
  const walk = (value) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      if (value.secretRef?.name) referenced.add(value.secretRef.name);
      if (value.secretKeyRef?.name) referenced.add(value.secretKeyRef.name);
      Object.values(value).forEach(walk);
    }
  };
  walk(workloads);
  const missing = [...referenced].filter((s) => !secrets.has(s));
  check(missing.length === 0, `${set}: every Secret the pods use exists (${[...referenced].sort().join(', ')})`, missing.join(', '));
  const backupKeys = clusters.flatMap((c) => Object.values(c.spec.backup?.barmanObjectStore?.s3Credentials ?? {}));
  check(backupKeys.every((k) => secrets.has(k.name)), `${set}: the backup credentials' Secret exists`);

  const ingress = of('Ingress')[0];
  const hosts = ingress?.spec.rules?.map((r) => r.host) ?? [];
  check(!!ingress && ingress.spec.tls?.some((t) => t.secretName && t.hosts?.every((h) => hosts.includes(h)))
    && ingress.spec.rules.every((r) => r.http.paths.every((p) => p.backend.service?.name === deployment.metadata.name)),
  `${set}: the Ingress serves ${hosts.join(', ')} over TLS to the service`);
  const service = of('Service').find((s) => s.metadata.name === deployment.metadata.name);
  check(!!service && labelsMatch(service.spec.selector, pod.metadata.labels), `${set}: the Service selects the replicas`);

  const cluster = clusters[0];
  check(!!cluster && cluster.spec.instances >= 2 && !!cluster.spec.backup?.barmanObjectStore?.destinationPath,
    `${set}: PostgreSQL (CloudNativePG) with a primary and a standby, backed up to object storage`);
  check(of('ScheduledBackup').some((b) => b.spec.cluster.name === cluster?.metadata.name), `${set}: a scheduled base backup`);
  const urls = (of('Secret').find((s) => s.metadata.name === 'kompetenslaget-db')?.stringData) ?? {};
  check(cluster && urls.QUARKUS_DATASOURCE_JDBC_URL?.includes(`${cluster.metadata.name}-rw`)
    && urls.KL_READONLY_JDBC_URL?.includes(`${cluster.metadata.name}-ro`), `${set}: writes to the primary (-rw), heavy reads to the standby (-ro)`);
}

function kubectl() {
  try {
    execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const sets = [];
const haveKubectl = kubectl();
const overlays = readdirSync(join(deploy, 'overlays'));
if (haveKubectl) {
  for (const dir of ['base', ...overlays.map((o) => `overlays/${o}`)]) {
    try {
      const text = execFileSync('kubectl', ['kustomize', join(deploy, dir)], { encoding: 'utf8' });
      sets.push({ name: dir, docs: parse(text, dir) });
      check(true, `${dir}: kustomize builds`);
    } catch (e) {
      check(false, `${dir}: kustomize builds`, e.stderr?.toString() ?? e.message);
    }
  }
} else {
  out('# kubectl is not installed: the base is validated file by file and the overlays are not rendered');
  const kustomization = parse(readFileSync(join(deploy, 'base', 'kustomization.yaml'), 'utf8'), 'kustomization')[0];
  const docs = kustomization.resources.flatMap((f) => parse(readFileSync(join(deploy, 'base', f), 'utf8'), f));
  sets.push({ name: 'base (unpatched)', docs, unpatched: true });
}

for (const set of sets) {
  for (const doc of set.docs) {
    const error = await validateSchema(doc);
    check(error === null, `${set.name}: ${doc.apiVersion} ${doc.kind} ${doc.metadata?.name} matches its schema`, error);
  }
  if (!set.unpatched) semanticChecks(set.name, set.docs);
}

const generated = join(root, 'backend', 'target', 'kubernetes', 'kubernetes.yml');
// The build's own annotations (commit id, repository address, build time) differ from build to build, and the
// generator lists environment variables and the keys of maps (labels) in no fixed order: compared without them,
// keys sorted.
const withoutBuildAnnotations = (docs) => JSON.stringify(docs, (key, value) => {
  if (key === 'annotations' && value && typeof value === 'object') {
    value = Object.fromEntries(Object.entries(value).filter(([k]) => !k.startsWith('app.quarkus.io/')));
  }
  if ((key === 'env' || key === 'envFrom') && Array.isArray(value)) {
    return [...value].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  return value;
});
if (existsSync(generated)) {
  const committed = withoutBuildAnnotations(parse(readFileSync(join(deploy, 'base', 'kubernetes.yml'), 'utf8'), 'base'));
  const fresh = withoutBuildAnnotations(parse(readFileSync(generated, 'utf8'), 'generated'));
  check(committed === fresh, 'deploy/base/kubernetes.yml is what quarkus-kubernetes generates (copy it from backend/target/kubernetes/)');
} else {
  out('# backend/target/kubernetes/kubernetes.yml not built: the generated base was not compared');
}

out(`1..${n}`);
out(`# pass ${n - failed}`);
out(`# fail ${failed}`);
if (tapFile) writeFileSync(tapFile, lines.join('\n') + '\n');
process.exit(failed ? 1 : 0);

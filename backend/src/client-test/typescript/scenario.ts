// The integrator's scenario through the TypeScript (fetch) client generated from openapi.yaml, never edited.
// Compiled by .ci/test with the frontend's tsc (tsconfig.json here), run with Node 20+ (global fetch):
//   BASE_URL=http://localhost:8080 E2E_ADMIN_EMAIL=... E2E_ADMIN_PASSWORD=... node backend/target/client-test/typescript/src/client-test/typescript/scenario.js
// Prints TAP; SCENARIO_YEAR (default 2092) keeps its cost figures apart from other scenarios on the same database.
import { inflateRawSync } from 'node:zlib';
import { randomUUID } from 'node:crypto';
import {
  APITokensApi,
  AnsweringApi,
  Configuration,
  MunicipalitiesApi,
  Question,
  ResponseError,
  SignInApi,
  StaffingAgencyCostsApi,
  SurveyResultsApi,
  SurveysApi,
} from '../../../target/generated-clients/typescript';

const BASE_URL = process.env.BASE_URL ?? 'http://localhost:8080';
const YEAR = Number(process.env.SCENARIO_YEAR ?? '2092');
const MUNICIPALITY = '2580'; // Luleå, in Norrbotten (25)
const results: boolean[] = [];

function check(description: string, condition: unknown, detail?: unknown): void {
  results.push(Boolean(condition));
  console.log(`${condition ? 'ok' : 'not ok'} ${results.length} - ${description}`);
  if (!condition && detail !== undefined) console.log(`  # ${JSON.stringify(detail)}`);
}

const config = (token?: string, cookie?: string) =>
  new Configuration({ basePath: BASE_URL, accessToken: token, headers: cookie ? { Cookie: `kl_session=${cookie}` } : undefined });

/** A valid answer to a required question, by its type, for whatever the template holds. */
function answerFor(question: Question): unknown {
  switch (question.type) {
    case 'text':
      return 'scenario@example.se';
    case 'yes_no':
      return false;
    case 'number':
      return question.number?.min ?? 0;
    case 'single_choice':
      return question.options?.[0]?.value;
    case 'multiple_choice':
      return (question.options ?? []).slice(0, Math.max(1, question.minSelected ?? 1)).map((o) => o.value);
    default:
      throw new Error(`no scripted answer for a required ${question.type} question ${question.id}`);
  }
}

/** The entries of a zip file (an XLSX), read from its central directory; each inflated on demand. */
function unzip(bytes: Buffer): Map<string, () => Buffer> {
  const entries = new Map<string, () => Buffer>();
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('no end of central directory: not a zip file');
  let offset = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < bytes.readUInt16LE(end + 10); i++) {
    const method = bytes.readUInt16LE(offset + 10);
    const size = bytes.readUInt32LE(offset + 20);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extra = bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
    const local = bytes.readUInt32LE(offset + 42);
    const name = bytes.subarray(offset + 46, offset + 46 + nameLength).toString('utf8');
    entries.set(name, () => {
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      const data = bytes.subarray(start, start + size);
      return method === 8 ? inflateRawSync(data) : data;
    });
    offset += 46 + nameLength + extra;
  }
  return entries;
}

async function scenario(): Promise<void> {
  const email = process.env.E2E_ADMIN_EMAIL!;
  const password = process.env.E2E_ADMIN_PASSWORD!;

  // Sign in once with e-mail and password; the session cookie creates the first token.
  const signedIn = await new SignInApi(config()).signInRaw({ signInRequest: { email, password } });
  const cookie = /^kl_session=([^;]+)/.exec(signedIn.raw.headers.get('set-cookie') ?? '')?.[1];
  check('signIn sets the session cookie', signedIn.raw.status === 200 && cookie);
  const created = await new APITokensApi(config(undefined, cookie)).createMyToken({
    apiTokenRequest: {
      name: 'TypeScript scenario',
      scopes: ['read', 'admin', 'costs:write', 'surveys:manage', 'tokens:write'],
      expiresInDays: 1,
    },
  });
  check('createMyToken from the session returns the value once', created.value.startsWith('klt_'));
  const admin = config(created.value);
  const me = await new SignInApi(admin).getMe();
  check('getMe with the token: a personal token', me.kind === 'personal_token', me);

  const page = await new MunicipalitiesApi(admin).listMunicipalities({ county: '25', size: 100 });
  const codes = page.items.map((m) => m.code);
  check(
    "listMunicipalities(county=25): Norrbotten's 14 municipalities, Luleå among them",
    page.totalItems === 14 && codes.includes(MUNICIPALITY) && codes.every((c) => c.startsWith('25')),
    codes,
  );

  // A token creates the municipality's integration token (tokens:write), no browser involved.
  const integration = await new APITokensApi(admin).createMunicipalityToken({
    code: MUNICIPALITY,
    apiTokenRequest: { name: 'Lönesystemet (TypeScript)', scopes: ['costs:write', 'read'] },
  });
  check('createMunicipalityToken with a token', integration.token.municipalityCode === MUNICIPALITY);
  const costs = new StaffingAgencyCostsApi(config(integration.value));

  const costBatch = {
    lines: [
      { year: YEAR, serviceArea: 'hsl', hiredCost: 100000, ownCost: 900000 },
      { year: YEAR, serviceArea: 'aldre', hiredCost: 50000, ownCost: 950000 },
    ],
  };
  const idempotencyKey = `typescript-scenario-${randomUUID()}`;
  const first = await costs.reportCostLinesRaw({ code: MUNICIPALITY, costBatch, idempotencyKey });
  const firstResult = await first.value();
  check(
    'reportCostLines with an Idempotency-Key stores two lines (created, or unchanged on a rerun)',
    firstResult.received === 2 && firstResult.created + firstResult.unchanged === 2,
    firstResult,
  );
  const replay = await costs.reportCostLinesRaw({ code: MUNICIPALITY, costBatch, idempotencyKey });
  const replayResult = await replay.value();
  check(
    'the replay returns the same answer, marked Idempotent-Replayed',
    JSON.stringify(replayResult) === JSON.stringify(firstResult) && replay.raw.headers.get('Idempotent-Replayed') === 'true',
  );
  const lines = await costs.listCostLines({ code: MUNICIPALITY, year: YEAR });
  check('listCostLines: stored once', lines.totalItems === 2, lines.totalItems);

  const reading = new StaffingAgencyCostsApi(admin);
  const shares = await reading.getHiredStaffShares({ year: YEAR, county: '25' });
  check(
    'getHiredStaffShares(county=25): 150 000 of 2 000 000 is 7.5 %',
    Number(shares.total.share) === 7.5 && shares.total.municipalitiesReporting === 1,
    shares.total,
  );
  const series = await reading.getHiredStaffShareSeries({ fromYear: YEAR, toYear: YEAR, county: '25' });
  const value = (region: string) =>
    series.find((v) => v.kpi === 'KL_HIRED_SHARE' && v.municipality === region && v.period === YEAR)?.value;
  check(
    'getHiredStaffShareSeries: Luleå and the county at 7.5 %',
    Number(value(MUNICIPALITY)) === 7.5 && Number(value('0025')) === 7.5,
    series,
  );

  const surveys = new SurveysApi(admin);
  const templates = (await surveys.listQuestionnaireTemplates()).map((t) => t.key);
  check('listQuestionnaireTemplates offers the Norrbotten interview', templates.includes('norrbotten-interview'), templates);
  const draft = await surveys.importQuestionnaireTemplate({
    key: 'norrbotten-interview',
    templateImportRequest: { ownerCountyCode: '25' },
    idempotencyKey: `typescript-template-${randomUUID()}`,
  });
  const opened = await surveys.openQuestionnaire({ questionnaireId: draft.id });
  check('importQuestionnaireTemplate, then openQuestionnaire', opened.status === 'open', opened.status);
  const invited = await surveys.inviteMunicipalities({
    questionnaireId: opened.id,
    invitationRequest: { target: 'municipalities', municipalityCodes: [MUNICIPALITY] },
  });
  check('inviteMunicipalities: one respondent link', invited.created === 1 && invited.invitations.length === 1);

  const respondent = new AnsweringApi(config()); // the link is the credential
  const link = invited.invitations[0].token;
  const form = await respondent.getRespondentFormRaw({ token: link });
  const formValue = await form.value();
  const questions = formValue.definition.sections.flatMap((s) => s.questions);
  const answers: Record<string, unknown> = {};
  for (const q of questions) if (q.required && !q.showIf) answers[q.id] = answerFor(q);
  answers[questions.find((q) => q.type === 'text')!.id] = 'Svårt att rekrytera socionomer till barn och unga.';
  const submitted = await respondent.submitAnswers({
    token: link,
    ifMatch: form.raw.headers.get('ETag')!,
    answersUpdate: { answers },
  });
  check('getRespondentForm, then submitAnswers through the link', submitted.status === 'submitted', submitted);

  const exported: unknown = await new SurveyResultsApi(admin).exportResponses({ questionnaireId: opened.id, format: 'xlsx' });
  check('exportResponses(xlsx) comes back as a Blob, not text', exported instanceof Blob, typeof exported);
  const bytes = Buffer.from(await (exported as Blob).arrayBuffer());
  check('the bytes start with the zip signature', bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1')));
  const workbook = unzip(bytes);
  check(
    'the XLSX opens and holds the submitted answer',
    workbook.has('xl/workbook.xml') && workbook.get('xl/worksheets/sheet1.xml')!().toString('utf8').includes('socionomer'),
    [...workbook.keys()],
  );
}

async function main(): Promise<void> {
  try {
    await scenario();
  } catch (error) {
    const detail =
      error instanceof ResponseError ? `HTTP ${error.response.status}: ${await error.response.text()}` : String(error);
    check('the scenario ran to its end', false, detail);
  }
  console.log(`1..${results.length}`);
  console.log(`# pass ${results.filter(Boolean).length}`);
  console.log(`# fail ${results.filter((r) => !r).length}`);
  process.exitCode = results.every(Boolean) ? 0 : 1;
}

void main();

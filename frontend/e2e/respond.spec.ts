import { type APIRequestContext, type Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { administrator, newPerson, signIn } from './access';
import { expect, test } from './fixtures';

const EMAIL = 'Uppgiftslämnare/ansvarig (e-post)';

/**
 * Over the API, as an administrator: a Norrbotten county coordinator, and the county's competence matrix
 * (Bilaga 2) opened and sent to Luleå. Returns the questionnaire, the respondent link and the coordinator.
 */
async function matrixSentToLulea(request: APIRequestContext, workerIndex: number) {
  const signedIn = await request.post('/api/v1/auth/sign-in', { data: administrator() });
  expect(signedIn.status()).toBe(200);
  const coordinator = newPerson('norrbotten-samordnare', workerIndex);
  const user = await request.post('/api/v1/users', {
    data: { email: coordinator.email, displayName: coordinator.name, password: coordinator.password },
  });
  expect(user.status()).toBe(201);
  const userId = (await user.json()).id as string;
  const grant = await request.post(`/api/v1/users/${userId}/grants`, {
    data: { role: 'county_coordinator', countyCode: '25' },
  });
  expect(grant.ok()).toBe(true);

  const imported = await request.post('/api/v1/questionnaire-templates/norrbotten-competence-matrix/import', {
    data: { ownerCountyCode: '25' },
  });
  expect(imported.status()).toBe(201);
  const questionnaireId = (await imported.json()).id as string;
  expect((await request.post(`/api/v1/questionnaires/${questionnaireId}/open`)).status()).toBe(200);
  const invited = await request.post(`/api/v1/questionnaires/${questionnaireId}/invitations`, {
    data: { target: 'municipalities', municipalityCodes: ['2580'] },
  });
  expect(invited.status()).toBe(201);
  const link = (await invited.json()).invitations[0].path as string;
  await request.post('/api/v1/auth/sign-out');
  return { questionnaireId, link, coordinator };
}

/** Adds a profession to one cell of the matrix: the row's group, the column's picker. */
async function addProfession(page: Page, row: string, column: number, profession: string) {
  const group = page.getByRole('group', { name: row, exact: true });
  await group.getByRole('combobox').nth(column).selectOption({ label: profession });
  await group
    .getByRole('button', { name: /^Lägg till valt yrke/ })
    .nth(column)
    .click();
}

const saved = (page: Page) => expect(page.getByTestId('save-status')).toHaveText(/Alla svar är sparade/);

test('a respondent answers part of the matrix, reloads, finds the draft and submits; the coordinator sees it in the results and the XLSX export', async ({
  page,
  browser,
  request,
  expectAccessible,
}, testInfo) => {
  test.slow();
  const { questionnaireId, link, coordinator } = await matrixSentToLulea(request, testInfo.workerIndex);

  await test.step('the respondent opens the link, without an account', async () => {
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Matris');
    await expect(page.getByText('Luleå', { exact: true })).toBeVisible();
    await expectAccessible();
  });

  await test.step('answers part of the matrix; the answers are saved as a draft', async () => {
    await page.getByLabel(EMAIL).fill('anna.berg@lulea.se');
    await addProfession(page, 'Barn och unga', 0, 'Socialsekreterare');
    await addProfession(page, 'Barn och unga', 1, 'Behandlare');
    await addProfession(page, 'Äldre', 0, 'Sjuksköterska');
    await saved(page);
    await expectAccessible();
  });

  await test.step('reloads and finds the draft', async () => {
    await page.reload();
    await expect(page.getByLabel(EMAIL)).toHaveValue('anna.berg@lulea.se');
    const children = page.getByRole('group', { name: 'Barn och unga', exact: true });
    await expect(children.getByRole('list').first()).toHaveText(/Socialsekreterare/);
    await expect(children.getByRole('list').nth(1)).toHaveText(/Behandlare/);
    await expect(page.getByRole('group', { name: 'Äldre', exact: true })).toContainText('Sjuksköterska');
  });

  await test.step('submits; the answers are read-only after', async () => {
    await page.getByRole('button', { name: 'Skicka in svaren' }).click();
    await expect(page.getByText('Tack! Svaren är inskickade.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Skicka in svaren' })).toHaveCount(0);
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await expectAccessible();
  });

  const coordinatorPage = await (await browser.newContext({ locale: 'sv-SE' })).newPage();

  await test.step('the county coordinator sees the response in the results', async () => {
    await signIn(coordinatorPage, coordinator);
    await coordinatorPage.goto(`/surveys/${questionnaireId}/results`);
    await expect(coordinatorPage.getByText('Resultaten bygger på 1 inskickat svar.')).toBeVisible();
    const children = coordinatorPage.getByRole('region', { name: 'Barn och unga', exact: true });
    await expect(children).toContainText('Socialsekreterare');
    await expect(children).toContainText('Behandlare');
  });

  await test.step('and in the XLSX export', async () => {
    const downloading = coordinatorPage.waitForEvent('download');
    await coordinatorPage.getByRole('link', { name: 'Ladda ner Excel (XLSX)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const files = unzipSync(new Uint8Array(readFileSync(path)));
    const sheets = Object.keys(files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    const text = [...sheets, 'xl/sharedStrings.xml']
      .filter((name) => files[name])
      .map((name) => strFromU8(files[name]!))
      .join('\n');
    // One row for Luleå's response, its cells readable with Swedish characters intact.
    expect(text).toContain('Luleå');
    expect(text).toContain('anna.berg@lulea.se');
    expect(text).toContain('Socialsekreterare');
    expect(text).toContain('Sjuksköterska');
  });
});

test('two tabs editing the same answer never overwrite each other silently', async ({
  browser,
  request,
}, testInfo) => {
  const { link } = await matrixSentToLulea(request, testInfo.workerIndex);
  const context = await browser.newContext({ locale: 'sv-SE' });
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto(link);
  await second.goto(link);
  await expect(second.getByLabel(EMAIL)).toBeVisible();

  await first.getByLabel(EMAIL).fill('first@lulea.se');
  await saved(first);
  // The second tab loaded before that save: its change to the same question is a conflict, not an overwrite.
  await second.getByLabel(EMAIL).fill('second@lulea.se');
  const conflict = second.getByRole('alert').filter({ hasText: 'Någon annan har ändrat samma frågor' });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('first@lulea.se');
  await expect(conflict).toContainText('second@lulea.se');
  await expect(second.getByRole('button', { name: 'Skicka in svaren' })).toBeDisabled();

  // A change to another question in the second tab is merged without asking.
  await addProfession(second, 'Barn och unga', 0, 'Socialsekreterare');
  await conflict.getByRole('button', { name: 'Behåll mitt svar' }).click();
  await saved(second);

  await first.reload();
  await expect(first.getByLabel(EMAIL)).toHaveValue('second@lulea.se');
  await expect(first.getByRole('group', { name: 'Barn och unga', exact: true })).toContainText(
    'Socialsekreterare',
  );
  await context.close();
});

import { type APIRequestContext, type Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { administrator, newPerson, signIn } from './access';
import { expect, test } from './fixtures';

const OTHER = /^9\. Något du vill tillägga/;
const FIRST = /^1\. Beskriv kompetenskrisen/;

/**
 * Over the API, as an administrator: a Norrbotten county coordinator, and one of the county's templates (by default
 * the competence matrix, Bilaga 2) opened and sent to Luleå. Returns the questionnaire, the respondent link and the
 * coordinator.
 */
async function sentToLulea(
  request: APIRequestContext,
  workerIndex: number,
  template = 'norrbotten-competence-matrix',
) {
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

  const imported = await request.post(`/api/v1/questionnaire-templates/${template}/import`, {
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
  const { questionnaireId, link, coordinator } = await sentToLulea(request, testInfo.workerIndex);

  await test.step('the respondent opens the link, without an account', async () => {
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Matris');
    await expect(page.getByText('Luleå', { exact: true })).toBeVisible();
    await expectAccessible();
  });

  await test.step('gives contact details apart from the answers', async () => {
    const contact = page.getByRole('region', { name: 'Kontaktuppgifter' });
    await contact.getByLabel('Namn').fill('Anna Berg');
    await contact.getByLabel('E-postadress').fill('anna.berg@lulea.se');
    await contact.getByRole('button', { name: 'Spara kontaktuppgifter' }).click();
    await expect(contact.getByRole('status')).toHaveText(/Kontaktuppgifterna sparades/);
  });

  await test.step('answers part of the matrix; the answers are saved as a draft', async () => {
    await addProfession(page, 'Barn och unga', 0, 'Socialsekreterare');
    await addProfession(page, 'Barn och unga', 1, 'Behandlare');
    await addProfession(page, 'Äldre', 0, 'Sjuksköterska');
    await saved(page);
    await expectAccessible();
  });

  await test.step('reloads and finds the draft', async () => {
    await page.reload();
    await expect(
      page.getByRole('region', { name: 'Kontaktuppgifter' }).getByLabel('E-postadress'),
    ).toHaveValue('anna.berg@lulea.se');
    const children = page.getByRole('group', { name: 'Barn och unga', exact: true });
    await expect(children.getByRole('list').first()).toHaveText(/Socialsekreterare/);
    await expect(children.getByRole('list').nth(1)).toHaveText(/Behandlare/);
    await expect(page.getByRole('group', { name: 'Äldre', exact: true })).toContainText('Sjuksköterska');
  });

  await test.step('submits; the answers are read-only after', async () => {
    await page.getByRole('button', { name: 'Skicka in svaren' }).click();
    await expect(page.getByText('Tack! Svaren är inskickade.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Skicka in svaren' })).toHaveCount(0);
    // Only the contact details stay editable: they are not part of the answers.
    await expect(page.getByRole('textbox')).toHaveCount(3);
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

  await test.step('and the contact on the invitation board', async () => {
    await coordinatorPage.goto(`/surveys/${questionnaireId}/invitations`);
    const lulea = coordinatorPage.getByRole('row', { name: /Luleå/ });
    await expect(lulea).toContainText('Anna Berg');
    await expect(lulea.getByRole('link', { name: 'anna.berg@lulea.se' })).toBeVisible();
    await coordinatorPage.goto(`/surveys/${questionnaireId}/results`);
  });

  await test.step('and in the XLSX export, without the contact', async () => {
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
    expect(text).not.toContain('anna.berg@lulea.se');
    expect(text).toContain('Socialsekreterare');
    expect(text).toContain('Sjuksköterska');
  });
});

test('two tabs editing the same answer never overwrite each other silently', async ({
  browser,
  request,
}, testInfo) => {
  const { link } = await sentToLulea(request, testInfo.workerIndex, 'norrbotten-interview');
  const context = await browser.newContext({ locale: 'sv-SE' });
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto(link);
  await second.goto(link);
  await expect(second.getByLabel(OTHER)).toBeVisible();

  await first.getByLabel(OTHER).fill('Från första fliken');
  await saved(first);
  // The second tab loaded before that save: its change to the same question is a conflict, not an overwrite.
  await second.getByLabel(OTHER).fill('Från andra fliken');
  const conflict = second.getByRole('alert').filter({ hasText: 'Någon annan har ändrat samma frågor' });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('Från första fliken');
  await expect(conflict).toContainText('Från andra fliken');
  await expect(second.getByRole('button', { name: 'Skicka in svaren' })).toBeDisabled();

  // A change to another question in the second tab is merged without asking.
  await second.getByLabel(FIRST).fill('Svårt att rekrytera socialsekreterare');
  await conflict.getByRole('button', { name: 'Behåll mitt svar' }).click();
  await saved(second);

  await first.reload();
  await expect(first.getByLabel(OTHER)).toHaveValue('Från andra fliken');
  await expect(first.getByLabel(FIRST)).toHaveValue('Svårt att rekrytera socialsekreterare');
  await context.close();
});

import { type APIRequestContext, type Locator, type Page } from '@playwright/test';
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

/** Adds a profession to one cell of the matrix: opens the row's fold, types in the column's combobox, Enter. */
async function addProfession(page: Page, row: string, column: number, profession: string) {
  const group = page.getByRole('group', { name: row, exact: true });
  const toggle = group.getByRole('button', { name: row, exact: true });
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  const combobox = group.getByRole('combobox').nth(column);
  await combobox.fill(profession.slice(0, 6));
  await group.getByRole('option', { name: profession, exact: true }).click();
  await expect(group.getByRole('list').nth(column)).toContainText(profession);
}

// Saves go in batches: at the latest DraftSync.MAX_WAIT_MS (30 s) after the first change of a batch.
const saved = (page: Page) =>
  expect(page.getByTestId('save-status')).toHaveText(/Alla svar är sparade/, { timeout: 40_000 });

test('a respondent answers part of the matrix, reloads, finds the draft and submits; the coordinator sees it in the results and the XLSX export', async ({
  page,
  browser,
  request,
  expectAccessible,
}, testInfo) => {
  test.slow();
  const { questionnaireId, link, coordinator } = await sentToLulea(request, testInfo.workerIndex);

  await test.step('the respondent opens the link, without an account, on a page of its own', async () => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Matris');
    await expect(page.getByText('Luleå', { exact: true })).toBeVisible();
    await expectAccessible();
    // The respondent's lean page (respond.html): none of the app's entry, router, TanStack Query or i18next.
    expect(scripts.some((path) => /^\/assets\/respond-[\w-]{8}\.js$/.test(path))).toBe(true);
    expect(
      scripts.filter((path) => /^\/assets\/(index|router|query|i18next)-[\w-]{8}\.js$/.test(path)),
    ).toEqual([]);
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
    // The folded rows say what they hold.
    const children = page.getByRole('button', { name: 'Barn och unga', exact: true });
    await expect(children).toHaveAccessibleDescription(
      /BRIST på\?: Socialsekreterare · .*SÅRBARA\?: Behandlare/,
    );
    await expect(page.getByRole('button', { name: 'Äldre', exact: true })).toHaveAccessibleDescription(
      /BRIST på\?: Sjuksköterska/,
    );
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

/** Presses Tab (or Shift+Tab) until the focused element is `target`; returns the presses it took. */
async function tabTo(page: Page, target: Locator, { back = false, most = 200 } = {}) {
  for (let presses = 1; presses <= most; presses++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  throw new Error(`Not reached in ${most} Tab presses`);
}

/** Whether keyboard focus is inside the matrix question (not on the page's body). */
const focusInMatrix = (page: Page) =>
  page.evaluate(() => Boolean(document.activeElement?.closest('.matrix')));

test('a respondent picks professions in the matrix by keyboard only: none is lost, focus stays in the matrix, the submitted answers hold them', async ({
  page,
  request,
  expectAccessible,
}, testInfo) => {
  test.slow();
  const { link } = await sentToLulea(request, testInfo.workerIndex);
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Matris');
  const submit = page.getByRole('button', { name: 'Skicka in svaren' });
  const children = page.getByRole('group', { name: 'Barn och unga', exact: true });
  const childrenToggle = page.getByRole('button', { name: 'Barn och unga', exact: true });
  const announced = (text: string) =>
    expect(page.getByRole('status').filter({ hasText: text })).toHaveCount(1);

  await test.step('reaches Submit from the top of the page in far fewer Tab presses than the 85 of before', async () => {
    await page.locator('body').focus();
    const presses = await tabTo(page, submit);
    testInfo.annotations.push({ type: 'tab presses to Submit', description: String(presses) });
    console.log(`Tab presses from the top of the page to Submit: ${presses}`);
    expect(presses).toBeLessThanOrEqual(30);
  });

  await test.step('opens a row with Enter and adds a profession with arrows and Enter; focus stays in the combobox', async () => {
    await page.locator('body').focus();
    await tabTo(page, childrenToggle);
    await page.keyboard.press('Enter');
    await expect(childrenToggle).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    const shortage = children.getByRole('combobox', {
      name: /^Lägg till yrke: .*BRIST på\? – Barn och unga$/,
    });
    await expect(shortage).toBeFocused();
    await page.keyboard.type('socialsek');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(
      children.getByRole('list', { name: /^Valda yrken: .*BRIST på\? – Barn och unga$/ }),
    ).toContainText('Socialsekreterare');
    await expect(shortage).toBeFocused();
    await announced('Socialsekreterare tillagd');
  });

  await test.step('a profession highlighted when Tab leaves the field is added, not lost', async () => {
    await page.keyboard.type('behand');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await expect(
      children.getByRole('list', { name: /^Valda yrken: .*BRIST på\? – Barn och unga$/ }),
    ).toContainText('Behandlare');
    await announced('Behandlare tillagd');
    expect(await focusInMatrix(page)).toBe(true);
  });

  await test.step('removes one with its button; focus stays in the matrix and the removal is announced', async () => {
    const remove = children.getByRole('button', {
      name: /^Ta bort Behandlare \(.*BRIST på\? – Barn och unga\)$/,
    });
    await tabTo(page, remove, { back: true });
    await page.keyboard.press('Enter');
    await announced('Behandlare borttagen');
    // Focus moves to the chip before it, still in the matrix.
    await expect(
      children.getByRole('button', { name: /^Ta bort Socialsekreterare \(.*BRIST på\? – Barn och unga\)$/ }),
    ).toBeFocused();
    await expect(
      children.getByRole('list', { name: /^Valda yrken: .*BRIST på\? – Barn och unga$/ }),
    ).not.toContainText('Behandlare');
  });

  await test.step('moves to the next row with the arrow keys and adds a full name typed, on leaving', async () => {
    await tabTo(page, childrenToggle, { back: true });
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('button', { name: 'Missbruk', exact: false }).first()).toBeFocused();
    // Äldre is Bilaga 2's eighth row: six more presses down.
    for (let row = 0; row < 6; row++) await page.keyboard.press('ArrowDown');
    const elderlyToggle = page.getByRole('button', { name: 'Äldre', exact: true });
    await expect(elderlyToggle).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Sjuksköterska');
    await page.keyboard.press('Tab');
    const elderly = page.getByRole('group', { name: 'Äldre', exact: true });
    await expect(elderly.getByRole('list', { name: /^Valda yrken: .*BRIST på\? – Äldre$/ })).toContainText(
      'Sjuksköterska',
    );
    await expect(
      elderly.getByRole('textbox', { name: /^Kommentar ?\(.*BRIST på\? – Äldre\)$/ }),
    ).toBeFocused();
    await saved(page);
    await expectAccessible();
  });

  await test.step('submits by keyboard; the submitted answers hold every profession picked', async () => {
    await tabTo(page, submit);
    await page.keyboard.press('Enter');
    await expect(page.getByText('Tack! Svaren är inskickade.')).toBeVisible();
    const form = await request.get(`/api/v1/respond/${link.split('/').pop()}`);
    expect(form.status()).toBe(200);
    const { status, answers } = await form.json();
    expect(status).toBe('submitted');
    expect(answers.competence_matrix.rows).toEqual({
      barn_unga: { brist: { professions: ['socialsekreterare'] } },
      aldre: { brist: { professions: ['sjukskoterska'] } },
    });
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
  // The conflict shows when the second tab's batch is saved (at the latest 30 s after its change).
  await expect(conflict).toBeVisible({ timeout: 40_000 });
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

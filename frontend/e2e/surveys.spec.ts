import type { Download, Page } from '@playwright/test';
import { administrator, signIn } from './access';
import { expect, test } from './fixtures';

async function downloadedText(download: Download) {
  const { readFileSync } = await import('node:fs');
  return readFileSync(await download.path(), 'utf-8');
}

test('an administrator imports the Norrbotten matrix into a campaign, opens it, invites the county and follows the response rate', async ({
  page,
  context,
  expectAccessible,
}, testInfo) => {
  test.slow();
  // The database is shared by tests and runs: this test's campaign and questionnaire carry a stamp of their own.
  const stamp = `${Date.now()}-${testInfo.workerIndex}`;
  const campaignTitle = `Kompetensmatris Norrbotten ${stamp}`;
  const title = `Matris Norrbotten ${stamp}`;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn(page, administrator());

  await test.step('the survey list, with the templates to start from', async () => {
    await page.goto('/surveys');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enkäter');
    await expect(
      page
        .getByRole('region', { name: 'Ny från mall' })
        .getByRole('option', { name: /^Matris – kompetenser/ }),
    ).toHaveText(/\(1 fråga\)$/);
    await expectAccessible();
  });

  await test.step('creates a campaign owned by Norrbottens län', async () => {
    const form = page.getByRole('region', { name: 'Ny kampanj' });
    await form.getByLabel('Namn').fill(campaignTitle);
    await form.getByLabel('Ägande län').selectOption({ label: 'Norrbottens län' });
    await form.getByRole('button', { name: 'Skapa kampanj' }).click();
    await expect(form.getByText(`Kampanjen ”${campaignTitle}” är skapad.`)).toBeVisible();
  });

  await test.step('creates a draft from the county matrix template in the campaign, owned as the campaign is', async () => {
    const form = page.getByRole('region', { name: 'Ny från mall' });
    await form.getByLabel('Mall').selectOption('norrbotten-competence-matrix');
    await form.getByLabel('Kampanj (valfri)').selectOption({ label: campaignTitle });
    await expect(form.getByLabel('Ägande län')).toHaveValue('25');
    await expect(form.getByLabel('Ägande län')).toBeDisabled();
    await form.getByRole('button', { name: 'Skapa från mall' }).click();
    await expect(page).toHaveURL(/\/surveys\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Matris – kompetenser');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Utkast');
    await expect(page.getByRole('link', { name: campaignTitle })).toBeVisible();
    await expect(page.getByText('norrbotten-competence-matrix')).toBeVisible();
    await expectAccessible();
  });

  await test.step('gives it a title of its own in the builder', async () => {
    await page
      .getByRole('navigation', { name: 'Enkätens delar' })
      .getByRole('link', { name: 'Redigera' })
      .click();
    const builder = page.getByRole('form', { name: 'Redigera' });
    await expect(builder.getByRole('region', { name: 'Fråga 1' }).getByLabel('Typ av fråga')).toHaveValue(
      'matrix',
    );
    await builder.getByLabel('Titel (svenska)').fill(title);
    await builder.getByRole('button', { name: 'Spara' }).click();
    await expect(page.getByText('Enkäten är sparad.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
    await expectAccessible();
  });

  await test.step('opens it for answers', async () => {
    await page.getByRole('link', { name: 'Översikt' }).click();
    await page.getByRole('button', { name: 'Öppna för svar' }).click();
    await page.getByRole('button', { name: 'Ja, öppna' }).click();
    await expect(page.getByText('Enkäten har nu status öppen.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Öppen');
  });

  await test.step('invites the 14 municipalities of Norrbottens län and gets their links, once', async () => {
    await page.getByRole('link', { name: 'Utskick' }).click();
    const invite = page.getByRole('form', { name: 'Skicka ut' });
    // A county's questionnaire goes to its own county: that choice is already made.
    await expect(invite.getByRole('radio', { name: 'Ett läns kommuner' })).toBeChecked();
    await expect(invite.getByRole('radio', { name: 'Alla kommuner' })).toHaveCount(0);
    await expect(invite.getByRole('combobox', { name: 'Län' })).toHaveValue('25');
    await invite.getByRole('button', { name: 'Skicka inbjudningar' }).click();
    await expect(invite.getByRole('status')).toHaveText('14 nya inbjudningar.');

    const links = page.getByRole('table', { name: 'Nya svarslänkar per kommun' });
    await expect(links.getByRole('row')).toHaveCount(15);
    await expect(links.getByRole('row', { name: /Luleå \(2580\)/ })).toContainText('/respond/kls_');

    await links.getByRole('button', { name: 'Kopiera länken Luleå' }).click();
    await expect(links.getByRole('row', { name: /Luleå \(2580\)/ }).getByText('Kopierad')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/respond\/kls_/);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ladda ner länkarna som CSV' }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toBe('svarslankar.csv');
    const csv = await downloadedText(file);
    expect(csv.trim().split(/\r\n/)).toHaveLength(15);
    expect(csv).toMatch(/2580;Luleå;http.*\/respond\/kls_/);
    await expectAccessible();
  });

  await test.step('the invitation board shows all 14 not started, and the reminder list downloads', async () => {
    const board = page.getByRole('table', { name: 'Inbjudna kommuner' });
    await expect(board.getByRole('row').filter({ hasText: 'Inte påbörjad' })).toHaveCount(14);
    await expect(board.getByRole('row', { name: /Kiruna \(2584\)/ })).toContainText('Norrbottens län');
    await expect(page.getByText('14 inbjudningar', { exact: true })).toBeVisible();

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ladda ner påminnelselista (CSV)' }).click();
    const reminders = await downloading;
    expect(reminders.suggestedFilename()).toMatch(/\.csv$/);
    // A header and the 14 municipalities that have not submitted, for a Swedish spreadsheet, statuses in words.
    const reminderText = await downloadedText(reminders);
    expect(reminderText.trim().split(/\r?\n/)).toHaveLength(15);
    expect(reminderText).toMatch(/\r\n2584;Kiruna;25;Ej påbörjad;;\r\n/);
    await expectAccessible();
  });

  await test.step('the results page renders with no responses, with the response rate and the export links', async () => {
    await page.getByRole('link', { name: 'Resultat' }).click();
    const rates = page.getByRole('region', { name: 'Svarsfrekvens' });
    await expect(rates.getByRole('table', { name: 'Svarsfrekvens per län' })).toContainText(
      'Norrbottens län',
    );
    // Invited, not started, started, submitted, the share submitted (with a space before %, the Swedish way).
    await expect(rates.getByRole('row', { name: /Norrbottens län/ }).getByRole('cell')).toHaveText([
      '14',
      '14',
      '0',
      '0',
      /^0\s%$/,
    ]);
    await expect(page.getByText('Resultaten bygger på 0 inskickade svar.')).toBeVisible();
    await expect(
      page.getByRole('heading', { name: '1. Kompetenser det är brist på', exact: false }),
    ).toBeVisible();

    for (const [name, type] of [
      ['Ladda ner CSV', 'text/csv'],
      ['Ladda ner Excel (XLSX)', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ] as const) {
      const href = await page.getByRole('link', { name }).getAttribute('href');
      const file = await page.request.get(href!);
      expect(file.status(), name).toBe(200);
      expect(file.headers()['content-type'], name).toContain(type);
    }
    await expectAccessible();
  });

  await test.step('the campaign shows the questionnaire and its response rate', async () => {
    await page.getByRole('link', { name: 'Översikt' }).click();
    await page.getByRole('link', { name: campaignTitle }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(campaignTitle);
    await expect(page.getByText(/^0 kommuner \(0\s%\) har svarat på minst en enkät/)).toBeVisible();
    const perQuestionnaire = page.getByRole('table', { name: 'Svarsfrekvens per enkät' });
    await expect(perQuestionnaire.getByRole('row', { name: new RegExp(title) }).getByRole('cell')).toHaveText(
      ['14', '14', '0', '0', /^0\s%$/],
    );
    await expect(page.getByRole('table', { name: 'Svarsfrekvens per län' })).toContainText('Norrbottens län');
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await expectAccessible();
  });
});

test('an administrator builds a questionnaire with a section and every type of question, saves it and opens it', async ({
  page,
  expectAccessible,
}, testInfo) => {
  test.slow();
  const stamp = `${Date.now()}-${testInfo.workerIndex}`;
  const title = `Alla frågetyper ${stamp}`;
  await signIn(page, administrator());
  await page.goto('/surveys');

  await test.step('creates a blank questionnaire and lands in the builder', async () => {
    const form = page.getByRole('region', { name: 'Ny enkät' });
    await form.getByLabel('Titel').fill(title);
    await form.getByRole('button', { name: 'Skapa enkät' }).click();
    await expect(page).toHaveURL(/\/surveys\/[0-9a-f-]{36}\/edit$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  });

  const builder = page.getByRole('form', { name: 'Redigera' });
  const types = ['Ett val', 'Flera val', 'Ja eller nej', 'Tal', 'Fritext', 'Datum', 'Yrken'];

  await test.step('adds a section with a question of each type, a matrix and a condition', async () => {
    // A new questionnaire starts with one yes/no question, for its text to be written.
    const first = builder.getByRole('region', { name: 'Fråga 1', exact: true });
    await expect(first.getByLabel('Typ av fråga')).toHaveValue('yes_no');
    await first.getByLabel('Frågetext (svenska)').fill('Hyrde ni in personal 2025?');

    await builder.getByRole('button', { name: 'Lägg till avsnitt' }).click();
    const section = builder.getByRole('region', { name: /^Avsnitt 2/ });
    await section.getByLabel('Rubrik (svenska)').fill('Frågetyperna');
    for (const [index, type] of types.entries()) {
      await section.getByRole('button', { name: 'Lägg till fråga avsnitt 2' }).click();
      const question = builder.getByRole('region', { name: `Fråga ${index + 2}`, exact: true });
      await question.getByLabel('Typ av fråga').selectOption({ label: type });
      await question.getByLabel('Frågetext (svenska)').fill(`Fråga av typen ${type}`);
    }

    await section.getByRole('button', { name: 'Lägg till fråga avsnitt 2' }).click();
    const matrix = builder.getByRole('region', { name: 'Fråga 9', exact: true });
    await matrix.getByLabel('Typ av fråga').selectOption({ label: 'Matris (områden × kolumner)' });
    await matrix.getByLabel('Frågetext (svenska)').fill('Brist per verksamhetsområde');
    await matrix.getByLabel('Verksamhetsområde').selectOption({ label: 'Äldre' });
    await matrix.getByRole('button', { name: 'Lägg till området' }).click();
    await expect(matrix.getByText('Verksamhetsområde: Äldre')).toBeVisible();

    // The number question is asked only when more than 1,5 full-time equivalents were hired.
    const number = builder.getByRole('region', { name: 'Fråga 5', exact: true });
    await number.getByLabel('Enhet').selectOption({ label: 'Årsarbetare' });
    const text = builder.getByRole('region', { name: 'Fråga 6', exact: true });
    const condition = text.getByRole('group', { name: 'Visa frågan bara om' });
    await condition.getByLabel('Tidigare fråga').selectOption('q5');
    await expect(condition.getByLabel('Villkor')).toHaveValue('greaterThan');
    await condition.getByLabel('Värde').pressSequentially('1,5');
    await expect(condition.getByLabel('Värde')).toHaveValue('1,5');

    // Answers are taken through the whole of the last day.
    await builder.getByLabel('Sista svarsdag').fill('2030-12-31');
    await expectAccessible();
  });

  await test.step('saves, and finds it all again after a reload', async () => {
    await builder.getByRole('button', { name: 'Spara' }).click();
    await expect(page.getByText('Enkäten är sparad.')).toBeVisible();
    await page.reload();
    await expect(builder.getByRole('region', { name: /^Avsnitt 2: Frågetyperna/ })).toBeVisible();
    for (const [index, type] of types.entries()) {
      await expect(
        builder
          .getByRole('region', { name: `Fråga ${index + 2}`, exact: true })
          .getByLabel('Frågetext (svenska)'),
      ).toHaveValue(`Fråga av typen ${type}`);
    }
    const condition = builder
      .getByRole('region', { name: 'Fråga 6', exact: true })
      .getByRole('group', { name: 'Visa frågan bara om' });
    await expect(condition.getByLabel('Värde')).toHaveValue('1,5');
    await expect(builder.getByLabel('Sista svarsdag')).toHaveValue('2030-12-31');
    await expectAccessible();
  });

  await test.step('opens it: the questions are locked in version 1', async () => {
    await page.getByRole('link', { name: 'Översikt' }).click();
    await page.getByRole('button', { name: 'Öppna för svar' }).click();
    await page.getByRole('button', { name: 'Ja, öppna' }).click();
    await expect(page.getByText('Enkäten har nu status öppen.')).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: '2030-12-31' })).toBeVisible();
    await page.getByRole('button', { name: /Visa frågorna i version 1/ }).click();
    await expect(page.getByRole('region', { name: 'Frågorna i version 1' })).toContainText(
      'Brist per verksamhetsområde',
    );
    await expectAccessible();
  });
});

/** How far the page scrolls sideways, and the widest elements that stick out past the window. */
async function sideways(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    const wide = Array.from(document.querySelectorAll<HTMLElement>('body *'))
      .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
  });
}

async function expectNoSidewaysScroll(page: Page, where: string) {
  const { scrollWidth, clientWidth, wide } = await sideways(page);
  expect(scrollWidth, `${where}: the page scrolls sideways (${JSON.stringify(wide)})`).toBeLessThanOrEqual(
    clientWidth,
  );
}

test('the builder of a long questionnaire fits a laptop and a phone, its question texts in text areas that grow', async ({
  page,
  expectAccessible,
}) => {
  test.slow();
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, administrator());
  // The national IFO survey: twenty questions, most shown on conditions that name earlier questions' long texts.
  const imported = await page.request.post(
    '/api/v1/questionnaire-templates/national-hired-staff-2017-ifo/import',
    { data: {} },
  );
  expect(imported.status()).toBe(201);
  const id = (await imported.json()).id as string;
  await page.goto(`/surveys/${id}/edit`);
  const builder = page.getByRole('form', { name: 'Redigera' });
  const second = builder.getByRole('region', { name: 'Fråga 2', exact: true });
  await expect(second.getByRole('group', { name: 'Visa frågan bara om' })).toBeVisible();

  await test.step('at 1366 px: no sideways scroll, the preview beside the questions', async () => {
    await expectNoSidewaysScroll(page, 'the builder at 1366 px');
    const form = await builder.boundingBox();
    const preview = await page.getByRole('complementary', { name: 'Förhandsvisning' }).boundingBox();
    expect(preview!.x).toBeGreaterThanOrEqual(form!.x + form!.width);
  });

  await test.step('a question text is a labelled text area in the page font, three lines at least, growing with its text', async () => {
    const text = second.getByLabel('Frågetext (svenska)');
    await expect(text).toHaveJSProperty('tagName', 'TEXTAREA');
    await expect(text).toHaveAttribute('lang', 'sv');
    const style = await text.evaluate((area) => {
      const computed = getComputedStyle(area);
      return {
        font: computed.fontFamily,
        page: getComputedStyle(document.body).fontFamily,
        lineHeight: parseFloat(computed.lineHeight),
        height: area.getBoundingClientRect().height,
        width: area.getBoundingClientRect().width,
      };
    });
    expect(style.font).toBe(style.page);
    expect(style.font).not.toMatch(/monospace/);
    expect(style.height).toBeGreaterThanOrEqual(3 * style.lineHeight);
    expect(style.width).toBeGreaterThan(400);
    await text.fill(
      [
        'Vilka yrkesgrupper hyrde ni in från bemanningsföretag under året?',
        'Räkna med socialsekreterare i myndighetsutövning, chefer och andra.',
        'Ange alla som gäller, även om de bara hyrdes in en kortare tid.',
        'Svara för hela individ- och familjeomsorgen.',
        'Kontakta länssamordnaren om något är oklart.',
        'Tack för hjälpen!',
      ].join('\n'),
    );
    const grown = await text.evaluate((area) => ({
      height: area.getBoundingClientRect().height,
      scrolls: area.scrollHeight > area.clientHeight,
    }));
    expect(grown.height).toBeGreaterThanOrEqual(6 * style.lineHeight);
    expect(grown.scrolls).toBe(false);
    await expectNoSidewaysScroll(page, 'the builder with a long question text');
    await expectAccessible();
  });

  await test.step('at 390 px: no sideways scroll, every text area within the window', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(page, 'the builder at 390 px');
    const areas = await builder
      .locator('textarea')
      .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().right));
    expect(areas.length).toBeGreaterThan(20);
    for (const right of areas) expect(right).toBeLessThanOrEqual(390);
    await expectAccessible();
  });

  await test.step('in English too', async () => {
    await page.getByRole('button', { name: 'Meny' }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(
      page.getByRole('region', { name: 'Question 2', exact: true }).getByLabel('Question text (Swedish)'),
    ).toHaveAttribute('lang', 'sv');
    await expectNoSidewaysScroll(page, 'the English builder at 390 px');
    await page.setViewportSize({ width: 1366, height: 900 });
    await expectNoSidewaysScroll(page, 'the English builder at 1366 px');
  });
});

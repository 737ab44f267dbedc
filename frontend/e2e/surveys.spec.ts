import { administrator, signIn } from './access';
import { expect, test } from './fixtures';

test('an administrator imports the Norrbotten matrix, opens it, invites the county and follows the answers', async ({
  page,
  expectAccessible,
}) => {
  test.slow();
  await signIn(page, administrator());

  await test.step('the survey list, with the templates to start from', async () => {
    await page.goto('/surveys');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enkäter');
    await expectAccessible();
  });

  await test.step('creates a draft from the county matrix template, owned by Norrbottens län', async () => {
    const form = page.getByRole('region', { name: 'Ny från mall' });
    await form.getByLabel('Mall').selectOption('norrbotten-competence-matrix');
    await form.getByLabel('Ägande län').selectOption({ label: 'Norrbottens län' });
    await form.getByRole('button', { name: 'Skapa från mall' }).click();
    await expect(page).toHaveURL(/\/surveys\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Matris');
    await expect(page.getByText('Utkast').first()).toBeVisible();
    await expectAccessible();
  });

  await test.step('the builder shows the questions and a preview of the form', async () => {
    await page.getByRole('link', { name: 'Redigera' }).click();
    const preview = page.getByRole('complementary', { name: 'Förhandsvisning' });
    await expect(preview.getByRole('group', { name: 'Barn och unga', exact: true })).toBeVisible();
    await expectAccessible();
  });

  await test.step('opens it for answers', async () => {
    await page.getByRole('link', { name: 'Översikt' }).click();
    await page.getByRole('button', { name: 'Öppna för svar' }).click();
    await page.getByRole('button', { name: 'Ja, öppna' }).click();
    await expect(page.getByText('Enkäten har nu status Öppen.')).toBeVisible();
  });

  await test.step('invites the 14 municipalities of Norrbottens län, and gets their links once', async () => {
    await page.getByRole('link', { name: 'Utskick' }).click();
    const invite = page.getByRole('form', { name: 'Skicka ut' });
    // A county's questionnaire goes to its own county: that is the choice already made.
    await expect(invite.getByRole('radio', { name: 'Ett läns kommuner' })).toBeChecked();
    await expect(invite.getByRole('radio', { name: 'Alla kommuner' })).toHaveCount(0);
    await expect(invite.getByRole('combobox', { name: 'Län' })).toHaveValue('25');
    await invite.getByRole('button', { name: 'Skicka inbjudningar' }).click();
    await expect(page.getByText('14 nya inbjudningar.')).toBeVisible();
    const links = page.getByRole('table', { name: 'Nya svarslänkar per kommun' });
    await expect(links.getByRole('row')).toHaveCount(15);
    await expect(links).toContainText('/respond/kls_');
    await expectAccessible();
  });

  await test.step('the invitation board shows all 14 not started, and the reminder list downloads', async () => {
    const board = page.getByRole('table', { name: /Inbjudna kommuner/ });
    await expect(board.getByRole('row').filter({ hasText: 'Inte påbörjad' })).toHaveCount(14);
    await expect(board).toContainText('Luleå');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ladda ner påminnelselista (CSV)' }).click();
    const reminders = await downloading;
    expect(reminders.suggestedFilename()).toMatch(/\.csv$/);
  });

  await test.step('the results page shows the response rate and the export links', async () => {
    await page.getByRole('link', { name: 'Resultat' }).click();
    await expect(page.getByRole('heading', { name: 'Svarsfrekvens' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Ladda ner Excel (XLSX)' })).toBeVisible();
    await expectAccessible();
  });
});

test('an administrator builds a questionnaire with a condition, sees it in the preview, and groups it in a campaign', async ({
  page,
  expectAccessible,
}, testInfo) => {
  test.slow();
  const stamp = `${Date.now()}-${testInfo.workerIndex}`;
  await signIn(page, administrator());
  await page.goto('/surveys');

  await test.step('creates a campaign', async () => {
    const form = page.getByRole('region', { name: 'Ny kampanj' });
    await form.getByLabel('Namn').fill(`Inhyrd personal ${stamp}`);
    await form.getByRole('button', { name: 'Skapa kampanj' }).click();
    await expect(page.getByText(`Kampanjen ”Inhyrd personal ${stamp}” är skapad.`)).toBeVisible();
  });

  await test.step('creates a blank questionnaire in it', async () => {
    const form = page.getByRole('region', { name: 'Ny enkät' });
    await form.getByLabel('Titel').fill(`Uppföljning ${stamp}`);
    await form.getByLabel('Kampanj (valfri)').selectOption({ label: `Inhyrd personal ${stamp}` });
    await form.getByRole('button', { name: 'Skapa enkät' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Uppföljning ${stamp}`);
  });

  await test.step('adds a yes/no question and a number shown only after a yes, and saves', async () => {
    await page.getByRole('link', { name: 'Redigera' }).click();
    const builder = page.getByRole('form', { name: 'Redigera' });
    // A new questionnaire starts with one yes/no question, for its text to be written.
    const first = builder.getByRole('region', { name: 'Fråga 1' });
    await expect(first.getByLabel('Typ av fråga')).toHaveValue('yes_no');
    await first.getByLabel('Frågetext (svenska)').fill('Hyrde ni in socialsekreterare?');
    await builder.getByRole('button', { name: 'Lägg till fråga' }).first().click();
    const second = builder.getByRole('region', { name: 'Fråga 2' });
    await second.getByLabel('Typ av fråga').selectOption({ label: 'Tal' });
    await second.getByLabel('Frågetext (svenska)').fill('Kostnad för inhyrd personal');
    await second.getByLabel('Enhet').selectOption({ label: 'Kronor' });
    await second.getByLabel('Tidigare fråga').selectOption('q1');
    await expect(second.getByLabel('Värde', { exact: true })).toHaveValue('true');
    await builder.getByRole('button', { name: 'Spara' }).click();
    await expect(page.getByText('Enkäten är sparad.')).toBeVisible();
    await expectAccessible();
  });

  await test.step('the preview asks the number only after a yes', async () => {
    const preview = page.getByRole('complementary', { name: 'Förhandsvisning' });
    const hired = preview.getByRole('group', { name: 'Hyrde ni in socialsekreterare?' });
    await expect(preview.getByLabel('Kostnad för inhyrd personal')).toHaveCount(0);
    await hired.getByRole('radio', { name: 'Ja' }).check();
    await expect(preview.getByLabel('Kostnad för inhyrd personal')).toBeVisible();
  });

  await test.step('the campaign lists it with its response rate', async () => {
    await page.getByRole('link', { name: 'Alla enkäter' }).click();
    await page
      .getByRole('link', { name: `Inhyrd personal ${stamp}` })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Inhyrd personal ${stamp}`);
    await expect(page.getByRole('link', { name: `Uppföljning ${stamp}` })).toBeVisible();
    await expectAccessible();
  });
});

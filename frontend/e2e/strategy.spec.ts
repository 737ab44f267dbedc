import { administrator, newPerson, signIn } from './access';
import { expect, test } from './fixtures';

test('the strategy is browsable by goal, action and level, as the document has it', async ({
  page,
  expectAccessible,
}) => {
  await page.goto('/strategy');
  await expect(page.getByRole('heading', { level: 1, name: 'Nationella strategin' })).toBeVisible();
  await expect(
    page.getByRole('heading', {
      level: 2,
      name: 'Mål 1: Minska beroendet av kortsiktiga bemanningslösningar',
    }),
  ).toBeVisible();
  const first = page.getByRole('region', {
    name: '1. Bestämma sig, juridiska avvägningar och avtalssamverkan',
  });
  await expect(first.getByRole('heading', { name: 'Den lokala nivån kan' })).toBeVisible();
  await expect(first).toContainText(
    'Lyfta frågan om minskad användning av kortsiktiga bemanningslösningar till kommunledning och berörd nämnd för beslut.',
  );
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(8);
  await page.getByLabel('Visa nivå').selectOption({ label: 'Nationell' });
  await expect(first.getByRole('heading', { name: 'Den lokala nivån kan' })).toHaveCount(0);
  await expect(first.getByRole('heading', { name: 'SKL ska' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: /SKL:s nio rekryteringsstrategier/ }).getByRole('listitem'),
  ).toHaveCount(9);
  await expectAccessible();
});

test('a municipality editor creates a plan with a goal, an activity linked to a strategy action and a progress note, and sees its status on the board', async ({
  page,
  request,
  expectAccessible,
}, testInfo) => {
  test.slow();
  const editor = newPerson('lulea-plan', testInfo.workerIndex);
  expect((await request.post('/api/v1/auth/sign-in', { data: administrator() })).status()).toBe(200);
  const user = await request.post('/api/v1/users', {
    data: { email: editor.email, displayName: editor.name, password: editor.password },
  });
  expect(user.status()).toBe(201);
  expect(
    (
      await request.post(`/api/v1/users/${(await user.json()).id}/grants`, {
        data: { role: 'municipality_editor', municipalityCode: '2580' },
      })
    ).ok(),
  ).toBe(true);

  await signIn(page, editor);
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Handlingsplaner' })
    .click();
  await page.getByRole('link', { name: 'Ny handlingsplan' }).click();
  const title = `Stabil bemanning ${editor.stamp}`;
  await page.getByLabel('Namn på planen').fill(title);
  await page.getByRole('button', { name: 'Skapa planen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Ägare: Luleå')).toBeVisible();

  const goalForm = page.getByRole('form', { name: 'Lägg till ett mål' });
  await goalForm.getByLabel('Mål', { exact: true }).fill('Fler socialsekreterare stannar');
  await goalForm.getByRole('button', { name: 'Lägg till målet' }).click();
  const goal = page
    .getByRole('region', { name: 'Mål' })
    .getByRole('listitem')
    .filter({ hasText: 'Fler socialsekreterare stannar' });
  await expect(goal).toBeVisible();

  const activityForm = page.getByRole('form', { name: 'Lägg till en aktivitet' });
  await activityForm.getByLabel('Aktivitet', { exact: true }).fill('Mentorer för nya socialsekreterare');
  await activityForm.getByLabel('Hör till mål').selectOption({ label: 'Fler socialsekreterare stannar' });
  await activityForm.getByLabel('Klar senast').fill('2099-06-30');
  await activityForm.getByLabel('Läge').selectOption({ label: 'Pågår' });
  await activityForm.getByLabel('1. Bestämma sig, juridiska avvägningar och avtalssamverkan').check();
  await activityForm.getByLabel('Bredda rekryteringen').check();
  await activityForm.getByRole('button', { name: 'Lägg till aktiviteten' }).click();

  const board = page.getByRole('region', { name: 'Aktiviteter efter status' });
  const onTrack = board
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Enligt plan (1)' }) });
  const card = onTrack.getByRole('article', { name: 'Mentorer för nya socialsekreterare' });
  await expect(card).toContainText(
    'Strategins åtgärder: 1. Bestämma sig, juridiska avvägningar och avtalssamverkan',
  );
  await expect(card).toContainText('Mål: Fler socialsekreterare stannar');

  const note = card.getByRole('form', { name: 'Ny anteckning om Mentorer för nya socialsekreterare' });
  await note.getByLabel('Anteckning').fill('Fyra mentorer utsedda.');
  await note.getByRole('button', { name: 'Spara anteckningen' }).click();
  await expect(card.getByRole('listitem').filter({ hasText: 'Fyra mentorer utsedda.' })).toBeVisible();
  await expect(card.getByRole('listitem').filter({ hasText: editor.email })).toBeVisible();

  // The card holds its dates and the note's author (an e-mail address) from a small phone to a wide screen: nothing
  // sticks out of it, the page never scrolls sideways, and no date is broken over two lines.
  for (const width of [320, 390, 1366, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    const layout = await card.evaluate((article) => {
      const box = article.getBoundingClientRect();
      const outside = Array.from(article.querySelectorAll('*'))
        .filter((element) => element.getBoundingClientRect().right > box.right + 0.5)
        .map((element) => `${element.tagName.toLowerCase()} ${element.textContent?.slice(0, 40)}`);
      const brokenDates: string[] = [];
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/\d{4}-\d{2}-\d{2}/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top)));
          if (lines.size > 1) brokenDates.push(match[0]);
        }
      }
      const root = document.scrollingElement!;
      return { outside, brokenDates, pageScrolls: root.scrollWidth > root.clientWidth };
    });
    expect(layout.outside, `at ${width} px, sticking out of the card`).toEqual([]);
    expect(layout.brokenDates, `at ${width} px, dates over two lines`).toEqual([]);
    expect(layout.pageScrolls, `at ${width} px, the page scrolls sideways`).toBe(false);
  }
  await page.setViewportSize({ width: 1280, height: 720 });

  // The goal follows its activity; done moves the card and the goal.
  await expect(goal).toContainText('Enligt plan');
  await card.getByLabel('Läge för Mentorer för nya socialsekreterare').selectOption({ label: 'Genomförd' });
  await card.getByRole('button', { name: 'Spara läget' }).click();
  await expect(board.getByRole('heading', { name: 'Klar (1)' })).toBeVisible();
  await expect(goal).toContainText('Klar');
  await expectAccessible();

  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Handlingsplaner' })
    .click();
  const row = page.getByRole('row', { name: new RegExp(title) });
  await expect(row).toContainText('0 enligt plan, 0 i riskzonen, 0 försenade, 1 klara');
  await expectAccessible();
});

test('a municipality editor publishes a learning example that a Swedish search finds by another form of the word', async ({
  page,
  request,
  expectAccessible,
}, testInfo) => {
  const editor = newPerson('lulea-exempel', testInfo.workerIndex);
  expect((await request.post('/api/v1/auth/sign-in', { data: administrator() })).status()).toBe(200);
  const user = await request.post('/api/v1/users', {
    data: { email: editor.email, displayName: editor.name, password: editor.password },
  });
  expect(user.status()).toBe(201);
  expect(
    (
      await request.post(`/api/v1/users/${(await user.json()).id}/grants`, {
        data: { role: 'municipality_editor', municipalityCode: '2580' },
      })
    ).ok(),
  ).toBe(true);

  await signIn(page, editor);
  await page.goto('/examples/new');
  const title = `Snabbare rekryteringen ${editor.stamp}`;
  await page.getByLabel('Rubrik *').fill(title);
  await page
    .getByLabel('Beskrivning *')
    .fill(`Vi kortade rekryteringen av socialsekreterare ${editor.stamp}.`);
  await page.getByLabel('Bredda rekryteringen').check();
  await page.getByLabel('Publicera').check();
  await page.getByRole('button', { name: 'Spara exemplet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  await page.goto('/examples');
  await page.getByLabel('Sök', { exact: true }).fill(`rekrytering ${editor.stamp}`);
  await page.getByRole('button', { name: 'Sök' }).click();
  await expect(page.getByRole('status')).toHaveText('1 exempel hittades');
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await expectAccessible();
});

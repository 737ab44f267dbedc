import { administrator, createPersonWithGrant, newPerson, signIn, openMunicipalityDetails } from './access';
import { expect, test } from './fixtures';

/** A cost file as a municipality would write it: semicolons, Swedish decimal commas. */
function costFile(rows: string[]) {
  return Buffer.from(
    `\uFEFFyear;month;serviceArea;profession;hiredCost;ownCost;hiredPersons;hiredFte;procured;task;reasons\r\n${rows.join('\r\n')}\r\n`,
    'utf-8',
  );
}

async function streamText(stream: NodeJS.ReadableStream) {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf-8');
}

test('a municipality editor uploads a cost file with errors, sees them per row, uploads it corrected, and the comparison and the map show the new values', async ({
  page,
  request,
  expectAccessible,
}, testInfo) => {
  test.slow();
  // A year no other test reports for, one per worker, so runs in parallel do not meet.
  const year = 2040 + testInfo.workerIndex;
  const editor = newPerson('lulea-kostnader', testInfo.workerIndex);

  await test.step('the administrator makes a Luleå editor (over the API)', async () => {
    await createPersonWithGrant(request, editor, { role: 'municipality_editor', municipalityCode: '2580' });
  });

  await signIn(page, editor);
  await page.goto('/municipalities/2580');
  await openMunicipalityDetails(page);
  const costs = page.getByRole('region', { name: 'Inhyrd personal' });
  await costs.getByLabel('Visa kostnader för år', { exact: true }).fill(String(year));

  await test.step('the template names the columns in their order', async () => {
    const download = page.waitForEvent('download');
    await costs.getByRole('link', { name: 'Ladda ner mallen (CSV)' }).click();
    const template = await download;
    expect(template.suggestedFilename()).toBe('kostnader-mall.csv');
    const text = (await streamText(await template.createReadStream())).replace(/^\uFEFF/, '');
    expect(text.split(/\r?\n/)[0]).toBe(
      'year;month;serviceArea;profession;hiredCost;ownCost;hiredPersons;hiredFte;procured;task;reasons',
    );
  });

  await test.step('a file with errors: every problem named by its row, nothing stored', async () => {
    await costs.getByLabel('Fil med kostnader (CSV)').setInputFiles({
      name: 'kostnader.csv',
      mimeType: 'text/csv',
      buffer: costFile([
        `${year};;barn_unga;;3 390 000;96 610 000;;;;;`,
        `${year};;no_such_area;;100000;900000;;;;;`,
        `${year};;aldre;;-5;1000000;;;;;`,
      ]),
    });
    await expect(costs.getByText('3 rader lästes från kostnader.csv.')).toBeVisible();
    const preview = costs.getByRole('table', { name: 'Förhandsvisning: 3 av 3 rader' });
    await expect(preview.getByRole('row', { name: /Barn och unga/ })).toContainText('3 390 000');
    await expectAccessible();
    await costs.getByRole('button', { name: 'Spara 3 rader' }).click();
    const problems = costs.getByRole('alert');
    await expect(problems).toContainText('Inget sparades');
    // The server's message in the UI's language, at the row and column of the file.
    await expect(problems).toContainText(
      'Rad 3, kolumn Verksamhetsområde (serviceArea): måste vara en kod för ett verksamhetsområde',
    );
    await expect(problems).toContainText(
      'Rad 4, kolumn Kostnad inhyrd personal (hiredCost): måste vara 0 kronor eller mer, med högst två decimaler',
    );
    // The preview names each row's problems too.
    await expect(preview.getByRole('row', { name: /no_such_area/ })).toContainText(
      'Kolumn Verksamhetsområde (serviceArea): måste vara en kod för ett verksamhetsområde',
    );
    await expectAccessible();
  });

  await test.step('the corrected file is stored', async () => {
    await costs.getByLabel('Fil med kostnader (CSV)').setInputFiles({
      name: 'kostnader-rättade.csv',
      mimeType: 'text/csv',
      buffer: costFile([
        `${year};;barn_unga;;3 390 000;96 610 000;;;;;`,
        `${year};;missbruk;;100000;900000;;;;;`,
        `${year};;aldre;;500000;9500000;;;;;`,
      ]),
    });
    await costs.getByRole('button', { name: 'Spara 3 rader' }).click();
    await expect(costs.getByRole('status').filter({ hasText: 'Sparat:' })).toBeVisible();
  });

  await test.step('the comparison and the map show the new values', async () => {
    const comparison = costs.getByRole('table', {
      name: `Andel inhyrd personal ${year}: kommunen, länet och riket`,
    });
    const children = comparison.getByRole('row', { name: /Barn och unga/ });
    await expect(children).toContainText('3,39 %');
    await expect(children).toContainText('3 390 000 kr');
    await expect(children).toContainText('96 610 000 kr');
    await expect(page.getByTestId('share-chart').locator('path[fill="#1d4f73"]').first()).toBeVisible();
    // 3 990 000 of 111 000 000 in all.
    await expect(comparison.getByRole('row', { name: /Alla områden/ })).toContainText('3,59 %');
    await expect(page.getByTestId('share-map').locator('path').first()).toBeVisible();
    await costs.getByText(/^Visa som tabell/).click();
    const mapTable = costs.getByRole('table', { name: `Andel inhyrd personal per kommun ${year}` });
    await expect(mapTable.getByRole('row', { name: /Luleå/ })).toContainText('3,59 %');
    // Every municipality is in the table; those that have not reported say so.
    await expect(mapTable.getByRole('row')).toHaveCount(291);
    await expect(mapTable.getByText('Inga uppgifter').first()).toBeVisible();
    await expectAccessible();
  });

  await test.step('sets a target for next year, which the latest share already meets', async () => {
    const targets = costs.getByRole('form', { name: 'Spara målvärdet' });
    await targets.getByLabel('Målår').fill(String(year + 2));
    await targets.getByLabel('Målvärde, högst (%)').fill('4');
    await targets.getByRole('button', { name: 'Spara målvärdet' }).click();
    await expect(targets.getByRole('status')).toHaveText('Målvärdet är sparat. Läge: Uppfyllt.');
    const table = costs.getByRole('table', { name: 'Målvärden för andelen inhyrd personal' });
    await expect(table.getByRole('row', { name: new RegExp(`^${year + 2}`) })).toContainText(
      '3,59 % (' + year + ')',
    );
    await expectAccessible();
  });

  await test.step('reports one line by hand; the line keeps its earlier version, the trend shows the year', async () => {
    const form = costs.getByRole('region', { name: 'Rapportera en rad' });
    await form.getByLabel('År', { exact: true }).fill(String(year));
    await form.getByLabel('Verksamhetsområde').selectOption({ label: 'Barn och unga' });
    await form.getByLabel('Kostnad för inhyrd personal (kr)').fill('2 910 000');
    await form.getByLabel('Kostnad för egen personal (kr)').fill('94 090 000,00');
    await form.getByRole('button', { name: 'Spara raden' }).click();
    await expect(form.getByRole('status')).toHaveText('Raden är sparad (ändrad). Andelen: 3 %.');

    const lines = costs.getByRole('table', { name: `Kommunens kostnadsrader ${year}` });
    const children = lines.getByRole('row', { name: /Barn och unga/ });
    // Version 2 on a fresh database; a rerun on the same one adds versions.
    await expect(children).toContainText(/Inmatad, version \d+/);
    await children.getByRole('button', { name: /Visa historik/ }).click();
    const history = costs.locator('.costs-history').getByRole('table');
    await expect(history.getByRole('row').nth(2)).toBeVisible();
    await expect(history.getByRole('row').nth(1)).toContainText('2 910 000 kr');
    await expect(history.getByRole('row').nth(2)).toContainText('3 390 000 kr');

    // 3 510 000 of 108 000 000 in all.
    const trend = costs.getByRole('table', { name: `Andel inhyrd personal per år ${year - 9}–${year}` });
    await expect(trend.getByRole('row', { name: new RegExp(`^${year} `) })).toContainText('3,25 %');
    await expectAccessible();
  });
});

test('a municipality editor reports workforce figures from a file, corrects it, and reads them back', async ({
  page,
  request,
  expectAccessible,
}, testInfo) => {
  const year = 2050 + testInfo.workerIndex;
  const editor = newPerson('lulea-personal', testInfo.workerIndex);
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
  await page.goto('/municipalities/2580');
  await openMunicipalityDetails(page);
  const section = page.getByRole('region', { name: 'Personalstatistik' });
  const file = (rows: string[]) => ({
    name: 'personal.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      `year;profession;serviceArea;employees;fte;retirements;newHires;leavers;sickLeavePercent\r\n${rows.join('\r\n')}\r\n`,
      'utf-8',
    ),
  });
  await section
    .getByLabel('Fil med personalstatistik (CSV)')
    .setInputFiles(
      file([`${year};socialsekreterare;barn_unga;42;39,5;2;7;6;6,8`, `${year};trollkarl;;3;;;;;`]),
    );
  await section.getByRole('button', { name: 'Spara 2 rader' }).click();
  await expect(section.getByRole('alert')).toContainText(
    'Rad 3, kolumn Yrke (profession): måste vara en yrkeskod',
  );

  await section
    .getByLabel('Fil med personalstatistik (CSV)')
    .setInputFiles(
      file([`${year};socialsekreterare;barn_unga;42;39,5;2;7;6;6,8`, `${year};sjukskoterska;;30;;;;;`]),
    );
  await section.getByRole('button', { name: 'Spara 2 rader' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Sparat:' })).toBeVisible();

  await section.getByLabel('Visa personalstatistik för år', { exact: true }).fill(String(year));
  const table = section.getByRole('table', { name: `Personalstatistik ${year}` });
  await expect(table.getByRole('row', { name: /Socialsekreterare/ })).toContainText('39,5');
  await expect(table.getByRole('row', { name: /Socialsekreterare/ })).toContainText('Fil, version 1');
  await expectAccessible();
});

test('an administrator imports population from a file, and the comparison shows hired cost per inhabitant', async ({
  page,
  request,
  expectAccessible,
}, testInfo) => {
  const year = 2060 + testInfo.workerIndex;
  expect((await request.post('/api/v1/auth/sign-in', { data: administrator() })).status()).toBe(200);
  const costs = await request.post('/api/v1/municipalities/2580/cost-lines', {
    data: { lines: [{ year, serviceArea: 'aldre', hiredCost: 800280, ownCost: 9199720 }] },
  });
  expect(costs.ok()).toBe(true);

  await signIn(page, administrator());
  await page.goto('/admin/population');
  await page.getByLabel(/Fil med folkmängd/).setInputFiles({
    name: 'BE0101N1.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`"region","år","Folkmängd"\r\n"2580 Luleå","${year}","80 028"\r\n`, 'utf-8'),
  });
  await page.getByRole('button', { name: 'Spara 1 rad' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sparat:' })).toBeVisible();
  await page.getByLabel('År', { exact: true }).fill(String(year));
  await expect(
    page.getByRole('table', { name: `Folkmängd ${year}` }).getByRole('row', { name: /Luleå/ }),
  ).toContainText('80 028');
  await expectAccessible();

  await page.goto('/municipalities/2580');
  await openMunicipalityDetails(page);
  await page.getByLabel('Visa kostnader för år', { exact: true }).fill(String(year));
  const comparison = page.getByRole('table', {
    name: `Andel inhyrd personal ${year}: kommunen, länet och riket`,
  });
  // 800 280 kr over 80 028 inhabitants.
  await expect(comparison.getByRole('row', { name: /Alla områden/ })).toContainText('10,00 kr');
});

import { expect, test } from './fixtures';

test.describe('the municipality list', () => {
  test('should filter by county: Norrbottens län has 14 municipalities, Luleå among them', async ({
    page,
    expectAccessible,
  }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/municipalities$/);
    await expect(page.getByRole('status')).toHaveText('290 kommuner');
    await expect(page).toHaveTitle('Kommuner – Kompetensläget');
    await expectAccessible();

    await page.getByLabel('Län', { exact: true }).selectOption({ label: 'Norrbottens län' });

    await expect(page.getByRole('status')).toHaveText('14 kommuner');
    await expect(page).toHaveURL(/county=25/);
    const rows = page.getByRole('table').locator('tbody tr');
    await expect(rows).toHaveCount(14);
    await expect(page.getByRole('table').getByRole('link', { name: 'Luleå', exact: true })).toBeVisible();
    await expect(page.getByText('Sida 1 av 1')).toBeVisible();
    await expectAccessible();
  });

  test('should find Luleå when searching for "lulea"', async ({ page, expectAccessible }) => {
    await page.goto('/municipalities');
    await expect(page.getByRole('status')).toHaveText('290 kommuner');

    await page.getByLabel('Sök kommun').fill('lulea');

    await expect(page).toHaveURL(/q=lulea/);
    await expect(page.getByRole('status')).toHaveText('1 kommun');
    await expect(page.getByRole('table').getByRole('link', { name: 'Luleå', exact: true })).toBeVisible();
    await expectAccessible();
  });

  test('should page through all 290 municipalities, and keep the page on reload', async ({ page }) => {
    await page.goto('/municipalities');
    await expect(page.getByText('Sida 1 av 6')).toBeVisible();

    await page.getByRole('link', { name: /Nästa/ }).click();

    await expect(page.getByText('Sida 2 av 6')).toBeVisible();
    await expect(page).toHaveURL(/page=2/);
    await page.reload();
    await expect(page.getByText('Sida 2 av 6')).toBeVisible();
    await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(50);
  });

  test('should download the filtered list as CSV', async ({ page }) => {
    await page.goto('/municipalities?county=25');
    await expect(page.getByRole('status')).toHaveText('14 kommuner');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ner listan som CSV' }).click(),
    ]);

    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const lines = Buffer.concat(chunks).toString('utf8').trim().split(/\r?\n/);
    expect(lines).toHaveLength(15);
    expect(lines.some((line) => line.includes('Luleå'))).toBe(true);
  });
});

test.describe('from municipality to county', () => {
  test("should go from Luleå's page to Norrbottens län, which lists 14 municipalities", async ({
    page,
    expectAccessible,
  }) => {
    await page.goto('/municipalities?q=lulea');
    await page.getByRole('table').getByRole('link', { name: 'Luleå', exact: true }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Luleå');
    await expect(page).toHaveURL(/\/municipalities\/2580$/);
    await expect(page).toHaveTitle('Luleå – Kompetensläget');
    await expectAccessible();

    await page.getByRole('main').getByRole('link', { name: 'Norrbottens län' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Norrbottens län');
    await expect(page).toHaveURL(/\/counties\/25$/);
    await expect(
      page
        .getByRole('table', { name: /Andel inhyrd personal i kommunerna i Norrbottens län/ })
        .getByRole('rowheader'),
    ).toHaveCount(14);
    await expect(page.getByRole('main').getByRole('link', { name: 'Luleå', exact: true })).toBeVisible();
    await expectAccessible();
  });

  test('should list the 21 counties', async ({ page, expectAccessible }) => {
    await page.goto('/counties');

    await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(21);
    await expect(page.getByRole('row', { name: /Norrbottens län/ })).toContainText('14');
    await expect(page).toHaveTitle('Län – Kompetensläget');
    await expectAccessible();
  });

  test('should say when a municipality does not exist', async ({ page, expectAccessible }) => {
    await page.goto('/municipalities/9999');

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kommunen hittades inte');
    await expectAccessible();
  });
});

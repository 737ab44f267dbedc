import { expect, test } from './fixtures';

test('should switch the language to English and remember it', async ({ page, expectAccessible }) => {
  await page.goto('/municipalities');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kommuner');

  await page.getByRole('button', { name: 'English' }).click();

  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Municipalities');
  await expect(page.getByRole('status')).toHaveText('290 municipalities');
  await expect(page).toHaveTitle('Municipalities – Kompetensläget');
  await expectAccessible();

  await page.reload();

  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await page.getByRole('link', { name: 'Counties' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Counties');
  await expectAccessible();
});

test('should be usable by keyboard: skip link, visible focus, links', async ({ page }) => {
  await page.goto('/municipalities?q=lulea');
  await expect(page.getByRole('status')).toHaveText('1 kommun');

  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Hoppa till innehållet' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  expect(await skipLink.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');

  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // From the start of the content, Tab reaches the filters first, then the table's links.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Län', { exact: true })).toBeFocused();
  const luleå = page.getByRole('table').getByRole('link', { name: 'Luleå', exact: true });
  for (
    let presses = 0;
    presses < 15 && !(await luleå.evaluate((link) => link === document.activeElement));
    presses++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(luleå).toBeFocused();

  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Luleå');
});

test('should serve the app with a strict Content-Security-Policy and its script compressed', async ({
  page,
}) => {
  const scripts: { url: string; encoding: string | undefined }[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') {
      scripts.push({ url: response.url(), encoding: response.headers()['content-encoding'] });
    }
  });
  const document = await page.goto('/municipalities');
  const headers = document!.headers();
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).not.toContain('unsafe-inline');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['cache-control']).toBe('no-cache');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kommuner');
  // The first page's script arrives compressed and, being content-hashed, cached for good.
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    expect(script.encoding, script.url).toMatch(/gzip|br/);
  }
  const asset = await page.request.get(scripts[0].url, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(asset.headers()['cache-control']).toContain('immutable');
});

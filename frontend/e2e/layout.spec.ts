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

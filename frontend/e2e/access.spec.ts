import { administrator, newPerson, signIn, signOut, submitSignIn, openMunicipalityDetails } from './access';
import { expect, test } from './fixtures';

test('an administrator makes a Luleå editor, who manages Luleå’s integration tokens and no one else’s', async ({
  page,
  expectAccessible,
}, testInfo) => {
  // A whole journey through three sign-ins, with an accessibility scan at each page.
  test.slow();
  const editor = newPerson('lulea-redaktor', testInfo.workerIndex);
  const tokenName = `Lönesystemet ${editor.stamp}`;

  await test.step('the administrator signs in', async () => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logga in');
    await expectAccessible();
    await submitSignIn(page, administrator().email, administrator().password);
    // An administrator starts on the dashboard of what needs attention.
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole('navigation', { name: 'Konto' })).toContainText('Inloggad som');
  });

  await test.step('creates the user', async () => {
    await page.getByRole('navigation', { name: 'Konto' }).getByRole('link', { name: 'Användare' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Användare');
    await expect(page.getByRole('table', { name: 'Användare' })).toBeVisible();
    await expectAccessible();

    const form = page.getByRole('region', { name: 'Ny användare' });
    await form.getByLabel('E-postadress').fill(editor.email);
    await form.getByLabel('Namn').fill(editor.name);
    await form.getByLabel('Första lösenord').fill(editor.password);
    await form.getByRole('button', { name: 'Skapa användare' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(editor.name);
    await expect(page.getByText('Inga roller')).toBeVisible();
    await expectAccessible();
  });

  await test.step('makes them municipality editor of Luleå (2580)', async () => {
    const roles = page.getByRole('region', { name: 'Roller' });
    await roles.getByLabel('Roll').selectOption({ label: 'Kommunredaktör' });
    await roles.getByLabel('Län').selectOption({ label: 'Norrbottens län' });
    await roles.getByLabel('Kommun').selectOption({ label: 'Luleå (2580)' });
    await roles.getByRole('button', { name: 'Ge rollen' }).click();

    await expect(roles.getByRole('listitem')).toHaveText(/Kommunredaktör, Luleå/);
    await expect(roles.getByText('Rollen Kommunredaktör är given.')).toBeVisible();
    await expectAccessible();
  });

  await test.step('signs out', async () => {
    await signOut(page);
  });

  await test.step('the editor signs in from the header and sees Luleå’s integration tokens', async () => {
    await page.getByRole('link', { name: 'Logga in' }).click();
    await submitSignIn(page, editor.email, editor.password);
    await expect(page.getByRole('navigation', { name: 'Konto' })).toContainText(editor.name);
    // No administrator's pages for an editor.
    await expect(page.getByRole('link', { name: 'Granskningslogg' })).toHaveCount(0);

    await page.goto('/municipalities/2580');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Luleå');
    await openMunicipalityDetails(page);
    const section = page.getByRole('region', { name: 'Integrationsnycklar' });
    await expect(section.getByText('Kommunen har inga integrationsnycklar.')).toBeVisible();
    await expectAccessible();
  });

  let value = '';
  await test.step('creates a token and sees its value once', async () => {
    const section = page.getByRole('region', { name: 'Integrationsnycklar' });
    await section.getByLabel('Namn').fill(tokenName);
    await section.getByRole('checkbox', { name: /costs:write/ }).check();
    await section.getByRole('button', { name: 'Skapa nyckel' }).click();

    const box = section.getByRole('region', { name: `Ny nyckel: ${tokenName}` });
    await expect(box).toBeVisible();
    await expect(box).toContainText('Kopiera nyckeln nu. Den visas bara den här gången');
    await expect(box.getByRole('button', { name: 'Kopiera nyckeln' })).toBeVisible();
    value = await box.getByLabel('Nyckelns värde').inputValue();
    expect(value).toMatch(/^klt_/);
    const row = section.getByRole('table').getByRole('row', { name: new RegExp(tokenName) });
    await expect(row).toContainText('costs:write');
    await expect(row).toContainText('Aktiv');
    await expect(row).toContainText(value.slice(0, 8));
    await expectAccessible();

    await page.reload();

    await expect(section.getByRole('table').getByRole('row', { name: new RegExp(tokenName) })).toBeVisible();
    await expect(page.getByLabel('Nyckelns värde')).toHaveCount(0);
    await expect(page.locator('body')).not.toContainText(value);
  });

  await test.step('revokes it', async () => {
    const section = page.getByRole('region', { name: 'Integrationsnycklar' });
    const row = section.getByRole('table').getByRole('row', { name: new RegExp(tokenName) });
    await row.getByRole('button', { name: `Återkalla ${tokenName}` }).click();
    await expect(row.getByRole('button', { name: `Ja, återkalla ${tokenName}` })).toBeFocused();
    await expectAccessible();
    await row.getByRole('button', { name: `Ja, återkalla ${tokenName}` }).click();

    await expect(row).toContainText('Återkallad');
    await expect(section.getByText(`Nyckeln ${tokenName} är återkallad.`)).toBeVisible();
  });

  await test.step('sees no integration section on Piteå’s page, and no audit trail', async () => {
    await page.goto('/municipalities/2581');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Piteå');
    await expect(page.getByRole('navigation', { name: 'Konto' })).toContainText(editor.name);
    await expect(page.getByRole('heading', { name: 'Integrationsnycklar' })).toHaveCount(0);
    await expectAccessible();

    await page.goto('/admin/audit');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du saknar behörighet');
    await expectAccessible();
  });

  await test.step('signs out', async () => {
    await signOut(page);
  });

  await test.step('the administrator sees it all in the audit trail', async () => {
    await signIn(page, administrator());
    await page
      .getByRole('navigation', { name: 'Konto' })
      .getByRole('link', { name: 'Granskningslogg' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Granskningslogg');
    await page.getByLabel('Kommunkod').fill('2580');
    await page.getByRole('button', { name: 'Filtrera' }).click();
    await expect(page).toHaveURL(/municipality=2580/);

    const table = page.getByRole('table', { name: 'Händelser, filtrerade' });
    const issued = table
      .getByRole('row')
      .filter({ hasText: 'API-nyckel skapad' })
      .filter({ hasText: tokenName });
    await expect(issued).toHaveCount(1);
    await expect(issued).toContainText(editor.email);
    await expect(issued).toContainText(`Namn: – → ${tokenName}`);
    await expect(issued).toContainText('Behörigheter: – → costs:write');
    const revoked = table
      .getByRole('row')
      .filter({ hasText: 'API-nyckel återkallad' })
      .filter({ hasText: editor.email });
    await expect(revoked).toHaveCount(1);
    const granted = table
      .getByRole('row')
      .filter({ hasText: 'Roll given' })
      .filter({ hasText: 'Kommunredaktör, Luleå' });
    await expect(granted.first()).toContainText(administrator().email.toLowerCase());
    await expectAccessible();

    // The sign-ins and sign-outs of the editor are there too, about the user.
    await page.goto('/admin/audit?type=user');
    await expect(
      page
        .getByRole('table')
        .getByRole('row')
        .filter({ hasText: 'Utloggning' })
        .filter({ hasText: editor.email }),
    ).toHaveCount(1);
    await expectAccessible();
  });
});

test('a visitor to a protected page signs in first, and comes back to it', async ({
  page,
  expectAccessible,
}, testInfo) => {
  await page.goto('/admin/users');

  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fadmin%2Fusers$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logga in');

  // Someone no one knows: a failure that locks no real account.
  await submitSignIn(page, newPerson('okand', testInfo.workerIndex).email, 'fel lösenord');
  await expect(page.getByRole('alert')).toContainText('Fel e-postadress eller lösenord');
  await expectAccessible();

  await submitSignIn(page, administrator().email, administrator().password);

  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Användare');
});

test('an administrator’s own pages: personal tokens, all tokens, password, population', async ({
  page,
  expectAccessible,
}, testInfo) => {
  const { stamp } = newPerson('admin', testInfo.workerIndex);
  const tokenName = `Analysskript ${stamp}`;
  await signIn(page, administrator());

  await page
    .getByRole('navigation', { name: 'Konto' })
    .getByRole('link', { name: 'Mina API-nycklar' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mina API-nycklar');
  await expectAccessible();
  await page.getByLabel('Namn').fill(tokenName);
  await page.getByRole('checkbox', { name: /Läsa uppgifter/ }).check();
  // An administrator may give their own token the admin scope.
  await expect(page.getByRole('checkbox', { name: /admin$/ })).toBeVisible();
  await page.getByLabel('Giltig i antal dagar').fill('30');
  await page.getByRole('button', { name: 'Skapa nyckel' }).click();
  const box = page.getByRole('region', { name: `Ny nyckel: ${tokenName}` });
  await expect(box.getByLabel('Nyckelns värde')).toHaveValue(/^klt_/);
  await expectAccessible();
  await box.getByRole('button', { name: 'Jag har sparat nyckeln, dölj den' }).click();
  await expect(box).toHaveCount(0);

  await page
    .getByRole('navigation', { name: 'Konto' })
    .getByRole('link', { name: 'API-nycklar (alla)' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('API-nycklar (alla)');
  const row = page
    .getByRole('table', { name: 'Alla API-nycklar' })
    .getByRole('row', { name: new RegExp(tokenName) });
  await expect(row).toContainText('Personlig');
  await expectAccessible();
  await row.getByRole('button', { name: `Återkalla ${tokenName}` }).click();
  await row.getByRole('button', { name: `Ja, återkalla ${tokenName}` }).click();
  await expect(row).toContainText('Återkallad');

  // The form checks the repetition itself; the administrator's password is left as it is.
  await page.getByRole('navigation', { name: 'Konto' }).getByRole('link', { name: 'Byt lösenord' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Byt lösenord');
  await page.getByLabel('Nuvarande lösenord').fill(administrator().password);
  await page.getByLabel('Nytt lösenord').fill('ett nytt långt lösenord');
  await page.getByLabel('Upprepa det nya lösenordet').fill('ett annat långt lösenord');
  await page.getByRole('button', { name: 'Byt lösenord' }).click();
  await expect(page.getByText('Lösenorden är inte lika.')).toBeVisible();
  await expect(page.getByLabel('Upprepa det nya lösenordet')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible();

  await page.goto('/municipalities/2584');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiruna');
  await openMunicipalityDetails(page);
  const population = page.getByRole('region', { name: 'Ändra folkmängd' });
  await population.getByLabel('Folkmängd (antal invånare)').fill('22423');
  await population.getByRole('button', { name: 'Spara folkmängd' }).click();
  await expect(population.getByText('Folkmängden är sparad: 22 423.')).toBeVisible();
  await expect(page.locator('.facts')).toContainText('22 423');
  await expectAccessible();
});

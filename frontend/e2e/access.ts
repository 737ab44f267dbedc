import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** The first administrator, created when the product starts (see ../.ci/test). */
export function administrator() {
  const email = process.env.E2E_ADMIN_EMAIL;
  const password = process.env.E2E_ADMIN_PASSWORD;
  if (!email || !password) {
    throw new Error(
      'Set E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD to the first administrator the product was started with.',
    );
  }
  return { email, password };
}

/** A person no other test knows: the e-mail address carries the time and the worker. */
export function newPerson(what: string, workerIndex: number) {
  const stamp = `${Date.now()}-${workerIndex}`;
  return {
    email: `${what}-${stamp}@e2e.kompetenslaget.test`,
    name: `E2E ${what} ${stamp}`,
    password: `e2e-lösenord-${stamp}`,
    stamp,
  };
}

/** Fills in and sends the sign-in form of the page the browser is on. */
export async function submitSignIn(page: Page, email: string, password: string) {
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

/** Signs in from the sign-in page and waits until the header says who is signed in. */
export async function signIn(page: Page, person: { email: string; password: string }) {
  await page.goto('/sign-in');
  await submitSignIn(page, person.email, person.password);
  await expect(page.getByRole('navigation', { name: 'Konto' })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole('navigation', { name: 'Konto' }).getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.getByRole('link', { name: 'Logga in' })).toBeVisible();
  await expect(page).toHaveURL(/\/municipalities$/);
}

/** Opens the municipality page's disclosure with the entry forms and detailed figures (below the profile). */
export async function openMunicipalityDetails(page: Page) {
  const details = page.locator('details.municipality-details');
  // Kept open for the session (per municipality): open it only if it is folded.
  if (!(await details.evaluate((element: HTMLDetailsElement) => element.open))) {
    await page.getByText('Detaljer och registrering').click();
  }
  await expect(details).toHaveAttribute('open', '');
}

/**
 * Over the API, as the first administrator: a new user for the person, with the one grant given (for example
 * `{ role: 'municipality_editor', municipalityCode: '2580' }`). The request context stays signed in as the
 * administrator.
 */
export async function createPersonWithGrant(
  request: APIRequestContext,
  person: { email: string; name: string; password: string },
  grant: { role: string; municipalityCode?: string; countyCode?: string },
) {
  expect((await request.post('/api/v1/auth/sign-in', { data: administrator() })).status()).toBe(200);
  const user = await request.post('/api/v1/users', {
    data: { email: person.email, displayName: person.name, password: person.password },
  });
  expect(user.status()).toBe(201);
  const granted = await request.post(`/api/v1/users/${(await user.json()).id}/grants`, { data: grant });
  expect(granted.ok()).toBe(true);
}

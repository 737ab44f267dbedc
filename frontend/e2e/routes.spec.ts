import { type APIRequestContext, type Page } from '@playwright/test';
import { routePaths, type RoutePath } from '../src/app/route-list';
import { administrator } from './access';
import { expect, test } from './fixtures';

// Every page of the router, on a phone and on a laptop: no sideways scrolling of the page, no error in the console,
// no axe violation (WCAG 2.1 A and AA). The pages come from src/app/route-list.ts, which router.test.tsx keeps equal to
// the router: a new page must be given a visit below (the type demands one) or this check fails to compile.

/** What the visits need: made once over the API as the administrator. */
type Data = {
  adminId: string;
  respondPath: string;
  questionnaireId: string;
  invitationId: string;
  campaignId: string;
  planId: string;
  exampleId: string;
};

type Visit = {
  /** Who visits: nobody signed in, or the administrator (who may open every page). */
  as: 'anonymous' | 'admin';
  url: (data: Data) => string;
};

const visits: Record<RoutePath, Visit> = {
  '/': { as: 'anonymous', url: () => '/' },
  '/municipalities': { as: 'anonymous', url: () => '/municipalities' },
  '/municipalities/:code': { as: 'admin', url: () => '/municipalities/2580' },
  '/counties': { as: 'anonymous', url: () => '/counties' },
  '/counties/:code': { as: 'anonymous', url: () => '/counties/25' },
  '/strategy': { as: 'anonymous', url: () => '/strategy' },
  '/sign-in': { as: 'anonymous', url: () => '/sign-in' },
  '/respond/:token': { as: 'anonymous', url: (data) => data.respondPath },
  '/account': { as: 'admin', url: () => '/account' },
  '/account/password': { as: 'admin', url: () => '/account/password' },
  '/account/tokens': { as: 'admin', url: () => '/account/tokens' },
  '/examples': { as: 'admin', url: () => '/examples' },
  '/examples/new': { as: 'admin', url: () => '/examples/new' },
  '/examples/:id': { as: 'admin', url: (data) => `/examples/${data.exampleId}` },
  '/examples/:id/edit': { as: 'admin', url: (data) => `/examples/${data.exampleId}/edit` },
  '/strategy/overview': { as: 'admin', url: () => '/strategy/overview' },
  '/plans': { as: 'admin', url: () => '/plans' },
  '/plans/new': { as: 'admin', url: () => '/plans/new' },
  '/plans/:id': { as: 'admin', url: (data) => `/plans/${data.planId}` },
  '/surveys': { as: 'admin', url: () => '/surveys' },
  '/surveys/campaigns/:id': { as: 'admin', url: (data) => `/surveys/campaigns/${data.campaignId}` },
  '/surveys/:id': { as: 'admin', url: (data) => `/surveys/${data.questionnaireId}` },
  '/surveys/:id/invitations': { as: 'admin', url: (data) => `/surveys/${data.questionnaireId}/invitations` },
  '/surveys/:id/invitations/:invitationId': {
    as: 'admin',
    url: (data) => `/surveys/${data.questionnaireId}/invitations/${data.invitationId}`,
  },
  '/surveys/:id/results': { as: 'admin', url: (data) => `/surveys/${data.questionnaireId}/results` },
  '/surveys/:id/edit': { as: 'admin', url: (data) => `/surveys/${data.questionnaireId}/edit` },
  '/dashboard': { as: 'admin', url: () => '/dashboard' },
  '/admin': { as: 'admin', url: () => '/admin' },
  '/admin/users': { as: 'admin', url: () => '/admin/users' },
  '/admin/users/:id': { as: 'admin', url: (data) => `/admin/users/${data.adminId}` },
  '/admin/tokens': { as: 'admin', url: () => '/admin/tokens' },
  '/admin/audit': { as: 'admin', url: () => '/admin/audit' },
  '/admin/population': { as: 'admin', url: () => '/admin/population' },
  '*': { as: 'anonymous', url: () => '/no-such-page' },
};

// A phone and a laptop; E2E_ROUTE_WIDTHS (e.g. "320,1920") visits every page at other widths instead.
const viewports = (process.env.E2E_ROUTE_WIDTHS ?? '390,1366').split(',').map((text) => {
  const width = Number(text);
  return { width, height: width < 768 ? 844 : 900 };
});

async function signInAsAdmin(request: APIRequestContext) {
  const signedIn = await request.post('/api/v1/auth/sign-in', { data: administrator() });
  expect(signedIn.status()).toBe(200);
  return (await signedIn.json()) as { user: { id: string } };
}

/** A questionnaire (the competence matrix) sent to Luleå, a campaign, a plan and a learning example. */
async function makeData(request: APIRequestContext): Promise<Data> {
  const me = await signInAsAdmin(request);
  const stamp = `${Date.now()}`;
  const imported = await request.post('/api/v1/questionnaire-templates/norrbotten-competence-matrix/import', {
    data: { ownerCountyCode: '25' },
  });
  expect(imported.status()).toBe(201);
  const questionnaireId = (await imported.json()).id as string;
  expect((await request.post(`/api/v1/questionnaires/${questionnaireId}/open`)).status()).toBe(200);
  const invited = await request.post(`/api/v1/questionnaires/${questionnaireId}/invitations`, {
    data: { target: 'municipalities', municipalityCodes: ['2580'] },
  });
  expect(invited.status()).toBe(201);
  const invitation = (await invited.json()).invitations[0] as {
    invitationId: string;
    path: string;
    token: string;
  };
  // Luleå has started answering, so its answers page has answers to show (a page of no answers is a 404).
  const form = await request.get(`/api/v1/respond/${invitation.token}`);
  const saved = await request.patch(`/api/v1/respond/${invitation.token}/answers`, {
    headers: { 'If-Match': form.headers()['etag'] },
    data: { answers: {} },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  const campaign = await request.post('/api/v1/campaigns', { data: { title: `Alla sidor ${stamp}` } });
  expect(campaign.status()).toBe(201);
  const plan = await request.post('/api/v1/action-plans', {
    data: {
      ownerLevel: 'national',
      title: `Handlingsplan för alla sidor ${stamp}`,
      periodStart: '2026-01-01',
      periodEnd: '2028-12-31',
    },
  });
  expect(plan.status()).toBe(201);
  const example = await request.post('/api/v1/learning-examples', {
    data: {
      ownerLevel: 'municipality',
      municipalityCode: '2580',
      title: `Lärande exempel för alla sidor ${stamp}`,
      body: 'Ett exempel som varje sida visar.',
    },
  });
  expect(example.status()).toBe(201);
  await request.post('/api/v1/auth/sign-out');
  return {
    adminId: me.user.id,
    respondPath: invitation.path,
    questionnaireId,
    invitationId: invitation.invitationId,
    campaignId: (await campaign.json()).id as string,
    planId: (await plan.json()).id as string,
    exampleId: (await example.json()).id as string,
  };
}

/** Errors the page writes to the console, and uncaught exceptions. */
function collectErrors(page: Page) {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
  return errors;
}

let data: Data;
test.beforeAll(async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  data = await makeData(request);
  await request.dispose();
});

test('every page of the router has a visit here', () => {
  expect(Object.keys(visits).sort()).toEqual([...routePaths].sort());
});

for (const viewport of viewports) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const path of routePaths) {
      const visit = visits[path];
      test(`${path} (${visit.as}): no sideways scroll, no console error, no axe violation`, async ({
        page,
        expectAccessible,
      }) => {
        if (visit.as === 'admin') await signInAsAdmin(page.request);
        const errors = collectErrors(page);
        await page.goto(visit.url(data));
        await page.waitForLoadState('networkidle');
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        // Charts and late sections have settled.
        await page.waitForLoadState('networkidle');

        const overflow = await page.evaluate(() => {
          const root = document.scrollingElement!;
          const elements = Array.from(document.querySelectorAll<HTMLElement>('body *'));
          const name = (element: HTMLElement) => `${element.tagName.toLowerCase()}.${element.className}`;
          const wide = elements
            .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1)
            .slice(0, 5)
            .map(name);
          // Text wider than its own box (a long word in a heading) widens the page without a wide element.
          const spilling = elements.filter(
            (element) =>
              element.scrollWidth > element.clientWidth + 1 &&
              getComputedStyle(element).overflowX === 'visible',
          );
          const innermost = spilling
            .filter((element) => !spilling.some((other) => other !== element && element.contains(other)))
            .slice(0, 5)
            .map((element) => `${name(element)} "${element.textContent?.slice(0, 40)}"`);
          return {
            scrollWidth: root.scrollWidth,
            clientWidth: root.clientWidth,
            wide: [...wide, ...innermost],
          };
        });
        expect(
          overflow.scrollWidth,
          `the page scrolls sideways (${JSON.stringify(overflow.wide)})`,
        ).toBeLessThanOrEqual(overflow.clientWidth);

        if (viewport.width < 768) {
          // The navigation folds behind a button that says whether it is open, and opens by keyboard.
          const button = page.getByRole('button', { name: 'Meny' });
          await expect(button).toHaveAttribute('aria-expanded', 'false');
          await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
          await button.focus();
          await page.keyboard.press('Enter');
          await expect(button).toHaveAttribute('aria-expanded', 'true');
          await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
          const opened = await page.evaluate(() => document.scrollingElement!.scrollWidth);
          expect(opened, 'the open menu scrolls sideways').toBeLessThanOrEqual(overflow.clientWidth);
          await expectAccessible();
          await page.keyboard.press('Escape');
          await expect(button).toHaveAttribute('aria-expanded', 'false');
          await expect(button).toBeFocused();
        }

        await expectAccessible();
        expect(errors, 'errors in the console').toEqual([]);
      });
    }
  });
}

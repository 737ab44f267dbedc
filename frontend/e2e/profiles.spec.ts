import type { APIRequestContext, Page } from '@playwright/test';
import { createPersonWithGrant, newPerson, signIn, signOut } from './access';
import { expect, test } from './fixtures';

/** No sideways scroll of the page itself: wide tables scroll inside their own region. */
async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `the page at ${page.url()} scrolls sideways`).toBeLessThanOrEqual(0);
}

async function costs(
  request: APIRequestContext,
  municipality: string,
  year: number,
  hired: string,
  own: string,
) {
  const response = await request.post(`/api/v1/municipalities/${municipality}/cost-lines`, {
    data: { lines: [{ year, serviceArea: 'aldre', hiredCost: hired, ownCost: own }] },
  });
  expect(response.status()).toBe(200);
}

test('an editor lands on their municipality’s profile and publishes a year; a visitor sees the published share, trend and survey ranking and nothing unpublished', async ({
  page,
  request,
  expectAccessible,
}, testInfo) => {
  test.slow();
  // Years no other test reports for, one pair per worker.
  const year = 2060 + 2 * testInfo.workerIndex;
  const unpublished = year - 1;
  const editor = newPerson('haparanda-profil', testInfo.workerIndex);

  await test.step('the administrator makes a Haparanda editor, reports costs and a published survey (over the API)', async () => {
    await createPersonWithGrant(request, editor, { role: 'municipality_editor', municipalityCode: '2583' });
    await costs(request, '2583', unpublished, '170', '830');
    await costs(request, '2583', year, '37', '963');

    const campaign = await request.post('/api/v1/campaigns', {
      data: { title: `Kompetensmatris ${editor.stamp}`, ownerCountyCode: '25' },
    });
    expect(campaign.status()).toBe(201);
    const campaignId = (await campaign.json()).id as string;
    const imported = await request.post(
      '/api/v1/questionnaire-templates/norrbotten-competence-matrix/import',
      {
        data: { campaignId, ownerCountyCode: '25' },
      },
    );
    expect(imported.status()).toBe(201);
    const questionnaireId = (await imported.json()).id as string;
    expect((await request.post(`/api/v1/questionnaires/${questionnaireId}/open`)).status()).toBe(200);
    const invited = await request.post(`/api/v1/questionnaires/${questionnaireId}/invitations`, {
      data: { target: 'municipalities', municipalityCodes: ['2583'] },
    });
    expect(invited.status()).toBe(201);
    const token = (await invited.json()).invitations[0].token as string;
    const saved = await request.patch(`/api/v1/respond/${token}/answers`, {
      headers: { 'If-Match': '"0"' },
      data: {
        answers: { competence_matrix: { rows: { aldre: { brist: { professions: ['underskoterska'] } } } } },
      },
    });
    expect(saved.status()).toBe(200);
    const submitted = await request.post(`/api/v1/respond/${token}/submit`, {
      headers: { 'If-Match': saved.headers()['etag']! },
      data: { answers: {} },
    });
    expect(submitted.status()).toBe(200);
    const published = await request.post('/api/v1/publications', { data: { kind: 'campaign', campaignId } });
    expect(published.status()).toBe(201);
  });

  await test.step('the editor signs in and lands on Haparanda’s profile, figures first', async () => {
    await signIn(page, editor);
    await expect(page).toHaveURL(/\/municipalities\/2583$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Haparanda');
    await expect(page.getByTestId('latest-share')).toHaveText(
      `Haparanda ${year}: 3,7 % av personalkostnaden gick till inhyrd personal.`,
    );
    await expectAccessible();
  });

  await test.step('publishes the figures of one year, not the other', async () => {
    const panel = page.getByRole('region', { name: 'Publicering' });
    await panel.getByRole('button', { name: `Publicera Siffror ${year}` }).click();
    await expect(panel.getByRole('button', { name: `Dra tillbaka Siffror ${year}` })).toBeVisible();
    await expect(panel.getByRole('button', { name: `Publicera Siffror ${unpublished}` })).toBeVisible();
    await signOut(page);
  });

  for (const [width, height] of [
    [1366, 900],
    [390, 844],
  ] as const) {
    await test.step(`a visitor at ${width} px sees the published year, the trend and the ranking, and not the unpublished year`, async () => {
      await page.setViewportSize({ width, height });
      await page.goto('/municipalities/2583');
      await expect(page.getByTestId('latest-share')).toHaveText(
        `Haparanda ${year}: 3,7 % av personalkostnaden gick till inhyrd personal.`,
      );
      const trend = page.getByRole('table', {
        name: 'Andel inhyrd personal per år, Haparanda jämfört med län och riket',
      });
      await expect(trend.getByRole('row', { name: new RegExp(`^${year}`) })).toContainText('3,7');
      // The unpublished year's share (17 %) is nowhere on the page.
      await expect(trend.getByRole('row', { name: new RegExp(`^${unpublished}`) })).toHaveCount(0);
      await expect(page.getByText('17 %')).toHaveCount(0);
      const ranking = page.getByRole('table', {
        name: 'Kompetenser som kommunerna i Norrbottens län angav, flest först',
      });
      await expect(ranking).toContainText('Undersköterska');
      await expect(page.getByText('Detaljer och registrering')).toHaveCount(0);
      await expectNoHorizontalScroll(page);
      await expectAccessible();
    });
  }

  await test.step('the county page shows its municipalities and the ranking', async () => {
    await page.goto('/counties/25');
    await expect(
      page.getByRole('table', { name: 'Andel inhyrd personal i kommunerna i Norrbottens län, senaste år' }),
    ).toContainText('Haparanda');
    await expectNoHorizontalScroll(page);
    await expectAccessible();
  });
});

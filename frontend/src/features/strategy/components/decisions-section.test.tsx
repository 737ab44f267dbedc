import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { components } from '@/lib/api/schema';
import { signInAs } from '@/testing/mocks/access-data';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

type Schemas = components['schemas'];

describe("a municipality's decisions to reduce staffing agencies", () => {
  it("should list them, and let the municipality's editor record one", async () => {
    const decisions: Schemas['ReductionDecision'][] = [];
    let sent: unknown;
    server.use(
      http.get('*/api/v1/municipalities/2580/decisions', () => HttpResponse.json(decisions)),
      http.post('*/api/v1/municipalities/2580/decisions', async ({ request }) => {
        sent = await request.json();
        decisions.push({
          id: 'd1',
          municipalityCode: '2580',
          decidedOn: '2026-03-10',
          decisionBody: 'Socialnämnden',
          reference: 'SN 2026/45',
          recordedBy: 'Anna',
          recordedAt: '2026-03-11T09:00:00Z',
        });
        return HttpResponse.json(decisions[0], { status: 201 });
      }),
    );
    signInAs('luleåEditor');
    const { user } = renderApp('/municipalities/2580');

    const section = await screen.findByRole('region', { name: /Beslut om att minska beroendet/ });
    expect(await within(section).findByText('Inget beslut är registrerat.')).toBeInTheDocument();
    const form = within(section).getByRole('form', { name: 'Registrera beslutet' });
    await user.click(within(form).getByRole('button', { name: 'Registrera beslutet' }));
    expect(within(form).getByLabelText('Beslutande organ')).toHaveAccessibleDescription(/Fyll i fältet/);
    expect(sent).toBeUndefined();

    await user.type(within(form).getByLabelText('Beslutsdatum'), '2026-03-10');
    await user.type(within(form).getByLabelText('Beslutande organ'), 'Socialnämnden');
    await user.type(within(form).getByLabelText('Diarienummer'), 'SN 2026/45');
    await user.click(within(form).getByRole('button', { name: 'Registrera beslutet' }));

    expect(
      await within(section).findByText('2026-03-10: Socialnämnden (diarienummer SN 2026/45)'),
    ).toBeInTheDocument();
    expect(sent).toEqual({ decidedOn: '2026-03-10', decisionBody: 'Socialnämnden', reference: 'SN 2026/45' });
  });

  it('should not offer the form to an analyst', async () => {
    signInAs('analyst');
    renderApp('/municipalities/2580');
    const section = await screen.findByRole('region', { name: /Beslut om att minska beroendet/ });
    expect(within(section).queryByRole('form')).not.toBeInTheDocument();
  });
});

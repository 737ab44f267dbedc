import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import type { components } from '@/lib/api/schema';
import { problem } from '@/testing/mocks/handlers';
import { answerReports, renderWithApp, serveCatalogues } from '../testing/workforce-test-utils';
import { WorkforceForm } from './workforce-form';

const lastYear = new Date().getFullYear() - 1;

async function openForm() {
  serveCatalogues();
  const view = renderWithApp(<WorkforceForm municipalityCode="2580" />);
  const form = screen.getByRole('region', { name: 'Mata in en uppgift' });
  const field = (name: string) => within(form).getByRole('textbox', { name });
  // The profession list comes from the catalogue.
  await within(form).findByRole('option', { name: 'Socialsekreterare' });
  return {
    ...view,
    form,
    year: field('År'),
    profession: within(form).getByRole('combobox', { name: 'Yrke' }),
    serviceArea: within(form).getByRole('combobox', { name: 'Verksamhetsområde' }),
    employees: field('Anställda'),
    fte: field('Årsarbetare'),
    retirements: field('Pensionsavgångar'),
    newHires: field('Nyanställda'),
    leavers: field('Avgångar'),
    sickLeave: field('Sjukfrånvaro (%)'),
    save: within(form).getByRole('button', { name: 'Spara uppgiften' }),
  };
}

describe('entering one workforce figure by hand', () => {
  it('should send one line with Swedish decimals read, and say it is saved', async () => {
    const sent = answerReports();
    const { user, form, ...fields } = await openForm();

    expect(fields.year).toHaveValue(String(lastYear));
    expect(within(fields.serviceArea).getByRole('option', { selected: true })).toHaveTextContent(
      'Alla verksamhetsområden',
    );
    await user.selectOptions(fields.profession, 'Socialsekreterare');
    await user.selectOptions(fields.serviceArea, 'Barn och unga');
    await user.type(fields.employees, '42');
    await user.type(fields.fte, '39,5');
    await user.type(fields.retirements, '2');
    await user.type(fields.leavers, '6');
    await user.type(fields.sickLeave, '6,8');
    await user.click(fields.save);

    const status = await within(form).findByText(`Sparat: en ny uppgift för Socialsekreterare ${lastYear}.`);
    expect(status.closest('[role="status"]')).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.code).toBe('2580');
    expect(sent[0]!.body).toEqual({
      source: 'manual',
      lines: [
        {
          year: lastYear,
          profession: 'socialsekreterare',
          serviceArea: 'barn_unga',
          employees: 42,
          fte: 39.5,
          retirements: 2,
          leavers: 6,
          sickLeavePercent: 6.8,
        },
      ],
    });
    expect(sent[0]!.key).toBeTruthy();
    // What was typed stays, to correct or to report again.
    expect(fields.fte).toHaveValue('39,5');

    // Saving again is a new report, told as the server tells it.
    answerReports(() =>
      HttpResponse.json<components['schemas']['CostBatchResult']>({
        received: 1,
        created: 0,
        updated: 0,
        unchanged: 1,
        warnings: [],
      }),
    );
    await user.click(fields.save);
    expect(
      await within(form).findByText(
        `Uppgiften för Socialsekreterare ${lastYear} fanns redan med samma siffror.`,
      ),
    ).toBeInTheDocument();
  });

  it('should point at what it cannot send, and send nothing', async () => {
    const sent = answerReports();
    const { user, ...fields } = await openForm();

    await user.clear(fields.year);
    await user.type(fields.year, '1999');
    await user.type(fields.employees, 'tolv');
    await user.type(fields.newHires, '2,5');
    await user.type(fields.sickLeave, '101');
    await user.click(fields.save);

    await waitFor(() => expect(fields.year).toHaveFocus());
    expect(fields.year).toHaveAccessibleDescription(/Ange ett år från 2000 till 2100/);
    expect(fields.profession).toHaveAccessibleDescription('Välj ett yrke.');
    expect(fields.employees).toHaveAccessibleDescription(/Ange ett tal/);
    expect(fields.newHires).toHaveAccessibleDescription(/Ange ett helt tal/);
    expect(fields.sickLeave).toHaveAccessibleDescription(/Ange högst 100/);
    expect(fields.fte).not.toHaveAttribute('aria-invalid');
    expect(sent).toEqual([]);
  });

  it('should show the server’s objections at their fields, keep what was typed, and retry with the same key', async () => {
    const sent = answerReports((batch) =>
      batch.lines[0]!.leavers === 1
        ? problem(400, 'Bad Request', 'Some lines are not valid; nothing was stored.', [
            { field: 'lines[0].employees', in: 'body', message: 'must be at most 1000000' },
            {
              field: 'lines[0].leavers',
              in: 'body',
              message: 'must count the retirements too, so be at least 3',
            },
          ])
        : HttpResponse.json<components['schemas']['CostBatchResult']>({
            received: 1,
            created: 0,
            updated: 1,
            unchanged: 0,
            warnings: [],
          }),
    );
    const { user, form, ...fields } = await openForm();

    await user.selectOptions(fields.profession, 'Sjuksköterska');
    await user.type(fields.employees, '2 000 000');
    await user.type(fields.retirements, '3');
    await user.type(fields.leavers, '1');
    await user.click(fields.save);

    await waitFor(() => expect(fields.employees).toHaveFocus());
    expect(fields.employees).toHaveAccessibleDescription(/must be at most 1000000/);
    expect(fields.leavers).toHaveAccessibleDescription(/must count the retirements too, so be at least 3/);
    const alert = within(form).getByRole('alert');
    expect(alert).toHaveTextContent('Some lines are not valid; nothing was stored.');
    // Not repeated in the alert: they are at their fields.
    expect(alert).not.toHaveTextContent('must be at most 1000000');
    expect(fields.profession).toHaveValue('sjukskoterska');
    expect(fields.employees).toHaveValue('2 000 000');
    expect(fields.retirements).toHaveValue('3');
    expect(fields.leavers).toHaveValue('1');
    expect(sent[0]!.body.lines).toEqual([
      { year: lastYear, profession: 'sjukskoterska', employees: 2000000, retirements: 3, leavers: 1 },
    ]);

    // The same line again (say the answer was lost) carries the same key; a corrected one a new key.
    await user.click(fields.save);
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]!.key).toBe(sent[0]!.key);
    await user.clear(fields.employees);
    await user.type(fields.employees, '20');
    await user.clear(fields.leavers);
    await user.type(fields.leavers, '3');
    await user.click(fields.save);
    expect(
      await within(form).findByText(`Sparat: uppgiften för Sjuksköterska ${lastYear} är rättad.`),
    ).toBeInTheDocument();
    expect(sent).toHaveLength(3);
    expect(sent[2]!.key).not.toBe(sent[0]!.key);
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
    expect(fields.employees).not.toHaveAttribute('aria-invalid');
    expect(fields.save).toHaveFocus();
  });
});

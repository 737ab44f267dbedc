import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import type { components } from '@/lib/api/schema';
import { problem } from '@/testing/mocks/handlers';
import { answerReports, renderWithApp } from '../testing/workforce-test-utils';
import { WorkforceUpload } from './workforce-upload';

const header = 'year;profession;serviceArea;employees;fte;retirements;newHires;leavers;sickLeavePercent';

function workforceFile(rows: string[], name = 'personal.csv') {
  return new File([`\uFEFF${header}\r\n${rows.join('\r\n')}\r\n`], name, { type: 'text/csv' });
}

function openUpload() {
  const view = renderWithApp(<WorkforceUpload municipalityCode="2580" />);
  const upload = screen.getByRole('region', { name: 'Rapportera personalstatistik från fil' });
  return { ...view, upload, fileInput: within(upload).getByLabelText('Fil med personalstatistik (CSV)') };
}

describe('reporting workforce figures from a file', () => {
  it('should offer the template and explain every column', () => {
    const { upload } = openUpload();

    const template = within(upload).getByRole('link', {
      name: 'Ladda ner mallen för personalstatistik (CSV)',
    });
    expect(template).toHaveAttribute('download', 'personalstatistik-mall.csv');
    expect(decodeURIComponent(template.getAttribute('href')!)).toContain(
      `${header}\r\n2025;socialsekreterare;barn_unga;42;39,5;2;7;6;6,8`,
    );
    expect(within(upload).getByText('Kolumnerna i filen')).toBeInTheDocument();
    expect(within(upload).getAllByRole('listitem')).toHaveLength(9);
  });

  it('should name the rows it cannot read, and send nothing', async () => {
    const sent = answerReports();
    const { user, upload, fileInput } = openUpload();

    await user.upload(
      fileInput,
      workforceFile(['2025;socialsekreterare;;42;39,5;2;7;6;6,8', '2025;;;tolv;;1,5;-2;;']),
    );

    expect(await within(upload).findByText('2 rader lästes från personal.csv.')).toBeInTheDocument();
    const alert = within(upload).getByRole('alert');
    expect(alert).toHaveTextContent('Filen har fel. Rätta dem och välj filen igen.');
    expect(alert).toHaveTextContent('Rad 3, kolumn Yrke (profession): krävs');
    expect(alert).toHaveTextContent('Rad 3, kolumn Anställda (employees): måste vara ett tal');
    expect(alert).toHaveTextContent('Rad 3, kolumn Pensionsavgångar (retirements): måste vara ett heltal');
    expect(alert).toHaveTextContent('Rad 3, kolumn Nyanställda (newHires): måste vara 0 eller mer');
    const preview = within(upload).getByRole('table', { name: 'Förhandsvisning: 2 av 2 rader' });
    const rows = within(preview).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Inga');
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2025', 'socialsekreterare', '–', '42', '39,5', '2', '7', '6', '6,8\u00a0%', 'Inga']);
    expect(rows[2]).toHaveTextContent('Kolumn Yrke (profession): krävs');
    expect(within(upload).queryByRole('button', { name: /Spara/ })).not.toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('should show the API’s problems on the rows of the file and say that nothing was stored', async () => {
    const sent = answerReports(() =>
      problem(400, 'Bad Request', 'Some lines are not valid; nothing was stored.', [
        { field: 'lines[1].profession', in: 'body', message: 'must be a profession code' },
        {
          field: 'lines[2].leavers',
          in: 'body',
          message: 'must count the retirements too, so be at least 3',
        },
      ]),
    );
    const { user, upload, fileInput } = openUpload();

    await user.upload(
      fileInput,
      workforceFile([
        '2025;socialsekreterare;barn_unga;1 042;1 039,5;;;;',
        '2025;rymdpilot;;1;;;;;',
        '2025;sjukskoterska;;10;;3;;1;',
      ]),
    );
    await user.click(await within(upload).findByRole('button', { name: 'Spara 3 rader' }));

    const alert = await within(upload).findByRole('alert');
    expect(alert).toHaveTextContent('Inget sparades');
    expect(alert).toHaveTextContent('Rad 3, kolumn Yrke (profession): must be a profession code');
    expect(alert).toHaveTextContent(
      'Rad 4, kolumn Avgångar (leavers): must count the retirements too, so be at least 3',
    );
    await waitFor(() => expect(alert).toHaveFocus());
    const preview = within(upload).getByRole('table', { name: /Förhandsvisning/ });
    expect(within(preview).getAllByRole('row')[3]).toHaveTextContent(
      'Kolumn Avgångar (leavers): must count the retirements',
    );
    expect(within(upload).queryByRole('button', { name: /Spara/ })).not.toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.code).toBe('2580');
    expect(sent[0]!.body.source).toBe('file');
    expect(sent[0]!.body.lines).toEqual([
      { year: 2025, profession: 'socialsekreterare', serviceArea: 'barn_unga', employees: 1042, fte: 1039.5 },
      { year: 2025, profession: 'rymdpilot', employees: 1 },
      { year: 2025, profession: 'sjukskoterska', employees: 10, retirements: 3, leavers: 1 },
    ]);
    expect(sent[0]!.key).toBeTruthy();
  });

  it('should say it is sending, and send the same file with the same key until another is chosen', async () => {
    let release: () => void = () => {};
    let failNext = true;
    const sent = answerReports(async (batch) => {
      await new Promise<void>((resolve) => (release = resolve));
      if (failNext) {
        failNext = false;
        return problem(503, 'Service Unavailable', 'Try again in a moment.');
      }
      return HttpResponse.json<components['schemas']['CostBatchResult']>({
        received: batch.lines.length,
        created: 1,
        updated: 1,
        unchanged: 0,
        warnings: [{ index: 1, message: 'sick leave above 20 percent' }],
      });
    });
    const { user, upload, fileInput } = openUpload();

    await user.upload(
      fileInput,
      workforceFile(['2025;socialsekreterare;;42;;;;;', '2025;sjukskoterska;aldre;;;;;;21']),
    );
    await user.click(await within(upload).findByRole('button', { name: 'Spara 2 rader' }));

    expect(await within(upload).findByRole('button', { name: 'Sparar …' })).toBeDisabled();
    expect(
      within(upload)
        .getAllByRole('status')
        .map((status) => status.textContent),
    ).toContain('Sparar …');
    release();
    const failed = await within(upload).findByRole('alert');
    expect(failed).toHaveTextContent('Raderna kunde inte sparas.');
    expect(failed).toHaveTextContent('Try again in a moment.');

    await user.click(within(upload).getByRole('button', { name: 'Spara 2 rader' }));
    await within(upload).findByRole('button', { name: 'Sparar …' });
    release();

    const done = await within(upload).findByText('Sparat: 1 nya, 1 ändrade och 0 oförändrade rader.');
    await waitFor(() => expect(done).toHaveFocus());
    expect(within(upload).getByText('Rad 3: sick leave above 20 percent')).toBeInTheDocument();
    expect(within(upload).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(upload).queryByRole('button', { name: /Spara/ })).not.toBeInTheDocument();
    expect(sent).toHaveLength(2);
    expect(sent[1]!.key).toBe(sent[0]!.key);
    expect(sent[1]!.body.lines[1]).toEqual({
      year: 2025,
      profession: 'sjukskoterska',
      serviceArea: 'aldre',
      sickLeavePercent: 21,
    });

    // Another file is another report, with a key of its own.
    await user.upload(fileInput, workforceFile(['2024;socialsekreterare;;40;;;;;'], 'ny.csv'));
    await user.click(await within(upload).findByRole('button', { name: 'Spara 1 rad' }));
    await within(upload).findByRole('button', { name: 'Sparar …' });
    release();
    expect(await within(upload).findByText(/Sparat:/)).toBeInTheDocument();
    expect(sent).toHaveLength(3);
    expect(sent[2]!.key).not.toBe(sent[0]!.key);
  });
});

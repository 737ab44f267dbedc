import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '@/lib/i18n/i18n';
import type { Profession, Question, ServiceArea } from '../api/types';
import { AnswerView } from './answer-view';

const PROFESSIONS: Profession[] = [
  { code: 'sjukskoterska', nameSv: 'Sjuksköterska', nameEn: 'Nurse', sortOrder: 1, validFrom: '2022-01-01' },
  { code: 'behandlare', nameSv: 'Behandlare', nameEn: 'Therapist', sortOrder: 2, validFrom: '2022-01-01' },
];
const SERVICE_AREAS = [
  { code: 'barn_unga', nameSv: 'Barn och unga', nameEn: 'Children and young people', sortOrder: 1 },
  { code: 'aldre', nameSv: 'Äldre', nameEn: 'Elderly', sortOrder: 2 },
] as ServiceArea[];

const QUESTION = {
  id: 'competence_matrix',
  type: 'matrix',
  text: { sv: 'Kompetenser det är brist på, per verksamhetsområde' },
  matrix: {
    rows: SERVICE_AREAS.map((area) => ({ id: area.code, serviceArea: area.code })),
    otherRows: 1,
    columns: [
      {
        id: 'brist',
        label: { sv: 'Vilka kompetenser bedömer ni att det är BRIST på?' },
        cell: 'professions_and_text',
      },
      {
        id: 'sarbar',
        label: { sv: 'Vilka kompetenser bedömer ni som SÅRBARA?' },
        cell: 'professions_and_text',
      },
    ],
  },
} as Question;

describe('AnswerView', () => {
  it('should show a submitted matrix as a table named by its caption, every answered row and cell in it', () => {
    render(
      <I18nextProvider i18n={i18n}>
        <AnswerView
          question={QUESTION}
          value={{
            rows: {
              barn_unga: {
                brist: { professions: ['sjukskoterska', 'behandlare'], text: 'Erfarna handläggare' },
              },
              aldre: { sarbar: { professions: ['sjukskoterska'] } },
            },
            other: [{ label: 'Öppenvård', cells: { brist: { text: 'Terapeuter' } } }],
          }}
          professions={PROFESSIONS}
          serviceAreas={SERVICE_AREAS}
        />
      </I18nextProvider>,
    );

    const table = screen.getByRole('table', { name: 'Kompetenser det är brist på, per verksamhetsområde' });
    expect(table.querySelector('caption')).toHaveTextContent(
      'Kompetenser det är brist på, per verksamhetsområde',
    );
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Område',
      'Vilka kompetenser bedömer ni att det är BRIST på?',
      'Vilka kompetenser bedömer ni som SÅRBARA?',
    ]);
    expect(within(table).getByRole('row', { name: /Barn och unga/ })).toHaveTextContent(
      'Sjuksköterska, Behandlare, Erfarna handläggare',
    );
    expect(within(table).getByRole('row', { name: /Äldre/ })).toHaveTextContent('–Sjuksköterska');
    expect(within(table).getByRole('row', { name: /Öppenvård/ })).toHaveTextContent('Terapeuter');
  });
});

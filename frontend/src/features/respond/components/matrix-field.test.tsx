import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '@/lib/i18n/i18n';
import type { MatrixAnswer, Profession, Question, ServiceArea } from '../api/types';
import { MatrixField } from './matrix-field';

const PROFESSIONS: Profession[] = [
  { code: 'sjukskoterska', nameSv: 'Sjuksköterska', nameEn: 'Nurse', sortOrder: 1, validFrom: '2022-01-01' },
  { code: 'behandlare', nameSv: 'Behandlare', nameEn: 'Therapist', sortOrder: 2, validFrom: '2022-01-01' },
];
const SERVICE_AREAS = [
  { code: 'barn_unga', nameSv: 'Barn och unga', nameEn: 'Children and young people', sortOrder: 1 },
  { code: 'aldre', nameSv: 'Äldre', nameEn: 'Elderly', sortOrder: 2 },
  { code: 'lss', nameSv: 'LSS', nameEn: 'LSS', sortOrder: 3 },
] as ServiceArea[];

const QUESTION = {
  id: 'matrix',
  type: 'matrix',
  text: { sv: 'Kompetenser' },
  matrix: {
    rows: SERVICE_AREAS.map((area) => ({ id: area.code, serviceArea: area.code })),
    otherRows: 2,
    columns: [
      { id: 'brist', label: { sv: 'Brist' }, cell: 'professions_and_text' },
      { id: 'sarbar', label: { sv: 'Sårbar' }, cell: 'professions_and_text' },
    ],
  },
} as Question;

function renderMatrix(initial?: MatrixAnswer) {
  const answers: (MatrixAnswer | undefined)[] = [];
  function Holder() {
    const [value, setValue] = useState(initial);
    return (
      <>
        <button type="button">Före</button>
        <MatrixField
          question={QUESTION}
          value={value}
          onChange={(next) => {
            answers.push(next);
            setValue(next);
          }}
          professions={PROFESSIONS}
          serviceAreas={SERVICE_AREAS}
        />
        <button type="submit">Skicka in svaren</button>
      </>
    );
  }
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={i18n}>
      <Holder />
    </I18nextProvider>,
  );
  return { user, answers };
}

/** Tab presses from the control before the matrix to the submit button after it. */
async function tabsThrough(user: ReturnType<typeof userEvent.setup>) {
  screen.getByRole('button', { name: 'Före' }).focus();
  const submit = screen.getByRole('button', { name: 'Skicka in svaren' });
  let presses = 0;
  while (document.activeElement !== submit && presses < 200) {
    await user.tab();
    presses++;
  }
  return presses;
}

describe('MatrixField', () => {
  it('should fold a long matrix into one tab stop per row, its answers summarised', async () => {
    const { user } = renderMatrix({
      rows: { aldre: { brist: { professions: ['sjukskoterska'], text: 'Nattetid' } } },
    });

    const toggles = screen.getAllByRole('button', { expanded: false });
    // Named by the area alone (the sign beside it is for the eye).
    expect(toggles).toEqual(
      ['Barn och unga', 'Äldre', 'LSS', 'Annat område 1', 'Annat område 2'].map((name) =>
        screen.getByRole('button', { name }),
      ),
    );
    // The row is still a group named by its area, and its toggle says what it holds.
    const elderly = screen.getByRole('group', { name: 'Äldre' });
    expect(within(elderly).getByRole('button', { name: 'Äldre' })).toHaveAccessibleDescription(
      'Brist: Sjuksköterska, kommentar',
    );
    expect(screen.getByRole('button', { name: 'LSS' })).toHaveAccessibleDescription('Inget ifyllt.');
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();

    // Five rows, then the submit button: six presses (unfolded it took 3 × 4 + 2 × 5 + 1 = 23).
    expect(await tabsThrough(user)).toBe(6);
  });

  it('should move between the rows with the arrow keys, and open one to pick by keyboard, focus kept', async () => {
    const { user, answers } = renderMatrix();

    screen.getByRole('button', { name: 'Barn och unga' }).focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: 'Äldre' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('button', { name: 'Annat område 2' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: 'Barn och unga' })).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}');
    const elderly = screen.getByRole('button', { name: 'Äldre' });
    expect(elderly).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(elderly).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    const shortage = screen.getByRole('combobox', { name: 'Lägg till yrke: Brist – Äldre' });
    expect(shortage).toHaveFocus();
    await user.keyboard('sjuk{ArrowDown}{Enter}');
    expect(shortage).toHaveFocus();
    // Announced politely, from the picker's own live region.
    expect(screen.getByText('Sjuksköterska tillagd')).toHaveAttribute('role', 'status');
    await user.keyboard('behandlare{Tab}');
    // Tab with a full name typed keeps it, and moves on to the comment.
    expect(screen.getByRole('textbox', { name: /^Kommentar ?\(Brist – Äldre\)$/ })).toHaveFocus();
    expect(answers.at(-1)).toEqual({
      rows: { aldre: { brist: { professions: ['sjukskoterska', 'behandlare'] } } },
    });

    // Folded again, the row tells what it holds.
    await user.click(elderly);
    expect(elderly).toHaveAccessibleDescription('Brist: Sjuksköterska, Behandlare');
  });
});

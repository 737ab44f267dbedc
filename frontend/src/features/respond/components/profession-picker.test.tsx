import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '@/lib/i18n/i18n';
import type { Profession } from '../api/types';
import { ProfessionPicker } from './profession-picker';

const profession = (code: string, nameSv: string, nameEn: string, sortOrder: number): Profession => ({
  code,
  nameSv,
  nameEn,
  sortOrder,
  validFrom: '2022-01-01',
});

const PROFESSIONS = [
  profession('sjukskoterska', 'Sjuksköterska', 'Nurse', 1),
  profession('lakare', 'Läkare', 'Physician', 2),
  profession('socialsekreterare', 'Socialsekreterare', 'Social worker', 3),
  profession('underskoterska', 'Undersköterska', 'Assistant nurse', 4),
];

/** The picker as a form holds it: the chosen codes in state, each change recorded. */
function renderPicker({ initial = [] as string[], single = false } = {}) {
  const changes: string[][] = [];
  function Holder() {
    const [value, setValue] = useState(initial);
    return (
      <>
        <ProfessionPicker
          label="Brist – Äldre"
          value={value}
          onChange={(codes) => {
            changes.push(codes);
            setValue(codes);
          }}
          professions={PROFESSIONS}
          single={single}
        />
        <button type="button">Nästa fråga</button>
      </>
    );
  }
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={i18n}>
      <Holder />
    </I18nextProvider>,
  );
  const combobox = screen.getByRole('combobox', { name: 'Lägg till yrke: Brist – Äldre' });
  const chosen = () => screen.queryByRole('list', { name: 'Valda yrken: Brist – Äldre' });
  const chosenNames = () =>
    within(chosen() ?? document.createElement('ul'))
      .queryAllByRole('listitem')
      .map((item) => item.textContent?.replace('×', '').trim());
  const announced = () => screen.getByRole('status');
  return { user, combobox, chosen, chosenNames, announced, changes };
}

describe('ProfessionPicker', () => {
  it('should be a named combobox controlling a named listbox, closed until asked', async () => {
    const { user, combobox } = renderPicker();

    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(combobox).toHaveAttribute('aria-autocomplete', 'list');
    const listbox = document.getElementById(combobox.getAttribute('aria-controls')!);
    expect(listbox).toHaveAttribute('role', 'listbox');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('');

    await user.click(combobox);
    expect(combobox).toHaveAttribute('aria-expanded', 'true');
    expect(listbox).toHaveAccessibleName('Yrken att välja: Brist – Äldre');
    const options = within(
      screen.getByRole('listbox', { name: 'Yrken att välja: Brist – Äldre' }),
    ).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Sjuksköterska',
      'Läkare',
      'Socialsekreterare',
      'Undersköterska',
    ]);
  });

  it('should filter as one types, without regard to case or diacritics, and add on Enter, keeping focus', async () => {
    const { user, combobox, chosenNames, announced, changes } = renderPicker();

    await user.click(combobox);
    await user.keyboard('{Escape}');
    await user.keyboard('SKOTERSKA');
    expect(
      within(screen.getByRole('listbox'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Sjuksköterska', 'Undersköterska']);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const active = document.getElementById(combobox.getAttribute('aria-activedescendant')!);
    expect(active).toHaveTextContent('Undersköterska');
    expect(active).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{Enter}');
    expect(changes).toEqual([['underskoterska']]);
    expect(chosenNames()).toEqual(['Undersköterska']);
    expect(combobox).toHaveFocus();
    expect(combobox).toHaveValue('');
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(combobox).not.toHaveAttribute('aria-activedescendant');
    expect(announced()).toHaveTextContent('Undersköterska tillagd');

    // What is chosen is no longer offered.
    await user.keyboard('{ArrowDown}');
    expect(within(screen.getByRole('listbox')).queryByRole('option', { name: 'Undersköterska' })).toBeNull();
  });

  it('should move through the options with the arrows, wrapping, and close on Escape without adding', async () => {
    const { user, combobox, changes } = renderPicker();

    combobox.focus();
    await user.keyboard('{ArrowUp}');
    expect(document.getElementById(combobox.getAttribute('aria-activedescendant')!)).toHaveTextContent(
      'Undersköterska',
    );
    await user.keyboard('{ArrowDown}');
    expect(document.getElementById(combobox.getAttribute('aria-activedescendant')!)).toHaveTextContent(
      'Sjuksköterska',
    );
    await user.keyboard('{Escape}');
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    // A second Escape clears what was typed.
    await user.keyboard('lä{Escape}{Escape}');
    expect(combobox).toHaveValue('');
    expect(changes).toEqual([]);
    expect(combobox).toHaveFocus();
  });

  it('should not lose a choice: Tab on a highlighted option, or leaving with a full name typed, adds it', async () => {
    const { user, combobox, chosenNames, announced } = renderPicker();

    await user.click(combobox);
    await user.keyboard('läk{ArrowDown}');
    await user.tab();
    expect(chosenNames()).toEqual(['Läkare']);
    expect(announced()).toHaveTextContent('Läkare tillagd');
    expect(screen.getByRole('button', { name: 'Nästa fråga' })).toHaveFocus();

    await user.click(combobox);
    await user.keyboard('socialsekreterare');
    await user.click(screen.getByRole('button', { name: 'Nästa fråga' }));
    expect(chosenNames()).toEqual(['Läkare', 'Socialsekreterare']);
    expect(announced()).toHaveTextContent('Socialsekreterare tillagd');
  });

  it('should add by pointer and keep focus in the combobox', async () => {
    const { user, combobox, chosenNames } = renderPicker();

    await user.click(combobox);
    await user.click(screen.getByRole('option', { name: 'Sjuksköterska' }));
    expect(chosenNames()).toEqual(['Sjuksköterska']);
    expect(combobox).toHaveFocus();
  });

  it('should say when nothing matches, and add nothing on Enter', async () => {
    const { user, combobox, changes } = renderPicker();

    await user.click(combobox);
    await user.keyboard('brandman{Enter}');
    expect(screen.getByRole('option', { name: 'Inget yrke matchar.' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(changes).toEqual([]);
    expect(combobox).toHaveValue('brandman');
  });

  it('should remove with a named button, announce it and move focus to the next chip, then to the combobox', async () => {
    const { user, combobox, chosenNames, announced } = renderPicker({
      initial: ['sjukskoterska', 'lakare'],
    });

    const removeNurse = screen.getByRole('button', { name: 'Ta bort Sjuksköterska (Brist – Äldre)' });
    await user.click(removeNurse);
    expect(chosenNames()).toEqual(['Läkare']);
    expect(announced()).toHaveTextContent('Sjuksköterska borttagen');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Ta bort Läkare (Brist – Äldre)' })).toHaveFocus(),
    );

    await user.keyboard('{Enter}');
    expect(chosenNames()).toEqual([]);
    expect(screen.getByText('Inga yrken valda.')).toBeInTheDocument();
    expect(announced()).toHaveTextContent('Läkare borttagen');
    await waitFor(() => expect(combobox).toHaveFocus());
  });

  it('should replace the one chosen when it takes a single profession', async () => {
    const { user, combobox, chosenNames } = renderPicker({ initial: ['lakare'], single: true });

    await user.click(combobox);
    await user.keyboard('sjuk{ArrowDown}{Enter}');
    expect(chosenNames()).toEqual(['Sjuksköterska']);
  });

  it('should speak English in the English interface', async () => {
    await i18n.changeLanguage('en');
    const user = userEvent.setup();
    render(
      <I18nextProvider i18n={i18n}>
        <ProfessionPicker
          label="Shortage – Elderly"
          value={[]}
          onChange={() => {}}
          professions={PROFESSIONS}
        />
      </I18nextProvider>,
    );
    const combobox = screen.getByRole('combobox', { name: 'Add a profession: Shortage – Elderly' });
    await user.click(combobox);
    expect(screen.getByRole('option', { name: 'Physician' })).toBeInTheDocument();
    await user.keyboard('nurse{ArrowDown}{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('Nurse added');
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { LocalizedText } from '../api/types';
import { TextPair } from './text-pair';

function QuestionText({
  rows,
  onValue,
}: {
  rows?: number;
  onValue: (value: LocalizedText | undefined) => void;
}) {
  const [value, setValue] = useState<LocalizedText | undefined>({ sv: '' });
  return (
    <TextPair
      labelSv="Frågetext (svenska)"
      labelEn="Frågetext (engelska)"
      value={value}
      rows={rows}
      onChange={(next) => {
        setValue(next);
        onValue(next);
      }}
    />
  );
}

describe('TextPair', () => {
  it('should give a long text labelled text areas of at least the lines asked, each marked with its language', async () => {
    const values: (LocalizedText | undefined)[] = [];
    render(<QuestionText rows={3} onValue={(value) => values.push(value)} />);

    const swedish = screen.getByRole('textbox', { name: 'Frågetext (svenska)' });
    const english = screen.getByRole('textbox', { name: 'Frågetext (engelska)' });
    expect(swedish.tagName).toBe('TEXTAREA');
    expect(swedish).toHaveAttribute('rows', '3');
    expect(swedish).toHaveAttribute('lang', 'sv');
    expect(swedish).toHaveClass('text-area');
    expect(english.tagName).toBe('TEXTAREA');
    expect(english).toHaveAttribute('lang', 'en');

    const user = userEvent.setup();
    await user.type(swedish, 'Hur många?{Enter}Ange årsarbetare.');
    await user.type(english, 'How many?');
    // Typing keeps focus in the same element: the control is not made anew on every change.
    expect(english).toHaveFocus();
    expect(values.at(-1)).toEqual({ sv: 'Hur många?\nAnge årsarbetare.', en: 'How many?' });
  });

  it('should give a short text one-line inputs', () => {
    render(<QuestionText onValue={() => undefined} />);
    expect(screen.getByRole('textbox', { name: 'Frågetext (svenska)' }).tagName).toBe('INPUT');
    expect(screen.getByRole('textbox', { name: 'Frågetext (engelska)' })).toHaveAttribute('lang', 'en');
  });

  it('should grow a text area with its text where the browser cannot size it by CSS', async () => {
    // jsdom lays nothing out: the text's height is given as a browser would measure it.
    vi.spyOn(HTMLTextAreaElement.prototype, 'scrollHeight', 'get').mockImplementation(function (
      this: HTMLTextAreaElement,
    ) {
      return this.value.split('\n').length * 24 + 16;
    });
    vi.spyOn(HTMLTextAreaElement.prototype, 'clientHeight', 'get').mockReturnValue(3 * 24 + 16);
    vi.spyOn(HTMLTextAreaElement.prototype, 'offsetHeight', 'get').mockReturnValue(3 * 24 + 16 + 2);
    render(<QuestionText rows={3} onValue={() => undefined} />);
    const swedish = screen.getByRole('textbox', { name: 'Frågetext (svenska)' });
    expect(swedish.style.height).toBe('');

    await userEvent.setup().type(swedish, 'Ett{Enter}två{Enter}tre{Enter}fyra{Enter}fem');

    // Five lines of 24 px, the padding and the borders.
    expect(swedish.style.height).toBe(`${5 * 24 + 16 + 2}px`);
  });
});

import type { Question } from '../api/types';
import { buildCondition } from './condition';

const number: Question = { id: 'cost', type: 'number', text: { sv: 'Kostnad' }, number: { unit: 'sek' } };
const yesNo: Question = { id: 'hired', type: 'yes_no', text: { sv: 'Hyrde ni in?' } };
const choice: Question = {
  id: 'area',
  type: 'single_choice',
  text: { sv: 'Område' },
  options: [{ value: 'ifo', label: { sv: 'IFO' } }],
};

describe('buildCondition', () => {
  it('reads a number typed the Swedish way', () => {
    expect(buildCondition(number, 'greaterThan', '1 234,5')).toEqual({
      question: 'cost',
      greaterThan: 1234.5,
    });
    expect(buildCondition(number, 'equalTo', '0,5')).toEqual({ question: 'cost', equalTo: 0.5 });
  });

  it('leaves the test out while the text is no number, instead of making it 0 or null', () => {
    expect(buildCondition(number, 'greaterThan', '')).toEqual({ question: 'cost' });
    expect(buildCondition(number, 'equalTo', 'många')).toEqual({ question: 'cost' });
  });

  it('makes a yes/no answer a boolean, starting at yes, and keeps an option as it is', () => {
    expect(buildCondition(yesNo, 'equalTo', '')).toEqual({ question: 'hired', equalTo: true });
    expect(buildCondition(yesNo, 'equalTo', 'false')).toEqual({ question: 'hired', equalTo: false });
    expect(buildCondition(choice, 'equalTo', 'ifo')).toEqual({ question: 'area', equalTo: 'ifo' });
  });
});

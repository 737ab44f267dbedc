import type { Definition, Question } from '../api/types';
import { holds, isEmpty, isShown, missingRequired, parseNumber, questionIdOf } from './answers';

const question = (id: string, extra: Partial<Question> = {}): Question => ({
  id,
  type: 'text',
  text: { sv: id },
  ...extra,
});

describe('answers', () => {
  it('should decide show-if conditions as the server does', () => {
    expect(holds({ question: 'q', equalTo: true }, true)).toBe(true);
    expect(holds({ question: 'q', equalTo: 'a' }, ['b', 'a'])).toBe(true);
    expect(holds({ question: 'q', anyOf: ['x', 'y'] }, 'y')).toBe(true);
    expect(holds({ question: 'q', greaterThan: 0 }, 0)).toBe(false);
    expect(holds({ question: 'q', greaterThan: 0 }, 2)).toBe(true);
    expect(
      holds(
        { question: 'q', includesProfession: 'sjukskoterska' },
        { rows: { aldre: { brist: { professions: ['sjukskoterska'] } } } },
      ),
    ).toBe(true);
    expect(holds({ question: 'q', equalTo: true }, undefined)).toBe(false);
    const shown = question('b', { showIf: { question: 'a', equalTo: true } });
    expect(isShown(shown, { a: true })).toBe(true);
    expect(isShown(shown, { a: false })).toBe(false);
  });

  it('should count a matrix without a filled cell as unanswered', () => {
    expect(isEmpty({ rows: { barn_unga: { brist: { professions: [], text: ' ' } } } })).toBe(true);
    expect(isEmpty({ other: [{ label: 'Annat', cells: { brist: { text: 'x' } } }] })).toBe(false);
    expect(isEmpty('')).toBe(true);
    expect(isEmpty(0)).toBe(false);
    expect(isEmpty(false)).toBe(false);
  });

  it('should list the required questions shown and unanswered', () => {
    const definition: Definition = {
      sections: [
        {
          id: 's1',
          title: { sv: 'S' },
          questions: [
            question('a', { type: 'yes_no', required: true }),
            question('b', { required: true, showIf: { question: 'a', equalTo: true } }),
            question('c'),
          ],
        },
      ],
    };
    expect(missingRequired(definition, {}).map((q) => q.id)).toEqual(['a']);
    expect(missingRequired(definition, { a: true }).map((q) => q.id)).toEqual(['b']);
    expect(missingRequired(definition, { a: false }).map((q) => q.id)).toEqual([]);
  });

  it('should read numbers as Swedish respondents write them', () => {
    expect(parseNumber('1 234,5')).toBe(1234.5);
    expect(parseNumber('1\u00a0234')).toBe(1234);
    expect(parseNumber('−3')).toBe(-3);
    expect(parseNumber('12,')).toBe(12);
    expect(parseNumber('abc')).toBeUndefined();
    expect(parseNumber('1,2,3')).toBeUndefined();
  });

  it('should find the question an API violation names', () => {
    expect(questionIdOf('answers.cost_2016')).toBe('cost_2016');
    expect(questionIdOf('answers.competence_matrix.other[0].label')).toBe('competence_matrix');
    expect(questionIdOf('request.answers.q1')).toBe('q1');
    expect(questionIdOf('reason')).toBeUndefined();
  });
});

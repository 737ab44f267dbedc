import type { Definition } from '../api/types';
import {
  addQuestion,
  earlierQuestions,
  isValidId,
  moveQuestion,
  newQuestionId,
  removeQuestion,
  slug,
  withType,
} from './definition';

const definition = (): Definition => ({
  sections: [
    {
      id: 's1',
      title: { sv: 'Ett' },
      questions: [
        { id: 'q1', type: 'yes_no', text: { sv: 'Hyrde ni in?' }, required: true },
        {
          id: 'q2',
          type: 'single_choice',
          text: { sv: 'Varför?' },
          options: [{ value: 'a', label: { sv: 'A' } }],
          showIf: { question: 'q1', equalTo: true },
        },
      ],
    },
    { id: 's2', title: { sv: 'Två' }, questions: [{ id: 'q3', type: 'text', text: { sv: 'Övrigt' } }] },
  ],
});

describe('the builder’s changes to a definition', () => {
  it('should give a new question an id not yet used', () => {
    expect(newQuestionId(definition())).toBe('q4');
    const added = addQuestion(definition(), 1, 'number');
    expect(added.sections[1]!.questions.map((q) => q.id)).toEqual(['q3', 'q4']);
    expect(added.sections[1]!.questions[1]).toMatchObject({ type: 'number', number: { unit: 'none' } });
  });

  it('should keep what two types share when the type changes, and drop the rest', () => {
    const question = definition().sections[0]!.questions[1]!;
    const multiple = withType(question, 'multiple_choice');
    expect(multiple).toMatchObject({ id: 'q2', options: question.options, showIf: question.showIf });
    const number = withType(question, 'number');
    expect(number.options).toBeUndefined();
    expect(number.number).toEqual({ unit: 'none', decimals: 0 });
    expect(number.showIf).toEqual({ question: 'q1', equalTo: true });
  });

  it('should move and remove questions without touching the others', () => {
    const moved = moveQuestion(definition(), 0, 0, 1);
    expect(moved.sections[0]!.questions.map((q) => q.id)).toEqual(['q2', 'q1']);
    expect(moveQuestion(definition(), 0, 0, -1).sections[0]!.questions.map((q) => q.id)).toEqual([
      'q1',
      'q2',
    ]);
    expect(removeQuestion(definition(), 0, 0).sections[0]!.questions.map((q) => q.id)).toEqual(['q2']);
  });

  it('should offer only earlier questions to a condition', () => {
    expect(earlierQuestions(definition(), 1, 0).map((q) => q.id)).toEqual(['q1', 'q2']);
    expect(earlierQuestions(definition(), 0, 1).map((q) => q.id)).toEqual(['q1']);
  });

  it('should turn labels into ids the API accepts', () => {
    expect(slug('Barn och unga', 'r1')).toBe('barn_och_unga');
    expect(slug('Våld i nära relation', 'r1')).toBe('vald_i_nara_relation');
    expect(slug('1:a linjens chef', 'r9')).toBe('r9');
    expect(isValidId('barn_unga')).toBe(true);
    expect(isValidId('Barn')).toBe(false);
  });
});

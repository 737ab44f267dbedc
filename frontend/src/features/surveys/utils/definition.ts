import type { Definition, Question, QuestionType, Section } from '../api/types';

// Pure changes to a questionnaire definition, for the builder. Each returns a new definition, and never
// leaves a field the question's type does not have: the API refuses unknown and misplaced fields.

export const questionTypes: readonly QuestionType[] = [
  'single_choice',
  'multiple_choice',
  'yes_no',
  'number',
  'text',
  'date',
  'profession',
  'matrix',
];

const idPattern = /^[a-z][a-z0-9_]{0,39}$/;

export function isValidId(id: string) {
  return idPattern.test(id);
}

function allQuestions(definition: Definition): Question[] {
  return definition.sections.flatMap((section) => section.questions);
}

/** A question id not yet used: q1, q2, … */
export function newQuestionId(definition: Definition): string {
  const used = new Set(allQuestions(definition).map((question) => question.id));
  let n = used.size + 1;
  while (used.has(`q${n}`)) n++;
  return `q${n}`;
}

function newSectionId(definition: Definition): string {
  const used = new Set(definition.sections.map((section) => section.id));
  let n = definition.sections.length + 1;
  while (used.has(`s${n}`)) n++;
  return `s${n}`;
}

/** The fields a question of the type starts with (besides id, type, text, help, required, showIf). */
function typeDefaults(type: QuestionType): Partial<Question> {
  switch (type) {
    case 'single_choice':
    case 'multiple_choice':
      return {
        options: [
          { value: 'alt1', label: { sv: 'Alternativ 1' } },
          { value: 'alt2', label: { sv: 'Alternativ 2' } },
        ],
      };
    case 'number':
      return { number: { unit: 'none', decimals: 0 } };
    case 'text':
      return { multiline: false };
    case 'profession':
      return { multiple: true };
    case 'matrix':
      return {
        matrix: {
          rows: [],
          otherRows: 0,
          columns: [{ id: 'brist', label: { sv: 'Brist' }, cell: 'professions' }],
        },
      };
    default:
      return {};
  }
}

export function newQuestion(definition: Definition, type: QuestionType = 'single_choice'): Question {
  return { id: newQuestionId(definition), type, text: { sv: '' }, required: false, ...typeDefaults(type) };
}

/** The question as another type: what both types share stays, the rest starts afresh. */
export function withType(question: Question, type: QuestionType): Question {
  const { id, text, help, required, showIf, prefillFrom } = question;
  const kept = { ...typeDefaults(type) };
  if ((type === 'single_choice' || type === 'multiple_choice') && question.options)
    kept.options = question.options;
  return {
    id,
    type,
    text,
    ...(help && { help }),
    required,
    ...(showIf && { showIf }),
    ...(prefillFrom && { prefillFrom }),
    ...kept,
  };
}

function move<T>(items: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length) return [...items];
  const result = [...items];
  const [item] = result.splice(from, 1);
  result.splice(to, 0, item!);
  return result;
}

export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((current, i) => (i === index ? item : current));
}

export function addSection(definition: Definition): Definition {
  const section: Section = { id: newSectionId(definition), title: { sv: '' }, questions: [] };
  return { ...definition, sections: [...definition.sections, section] };
}

export function updateSection(definition: Definition, s: number, section: Section): Definition {
  return { ...definition, sections: replaceAt(definition.sections, s, section) };
}

export function removeSection(definition: Definition, s: number): Definition {
  return { ...definition, sections: definition.sections.filter((_, i) => i !== s) };
}

export function moveSection(definition: Definition, s: number, by: -1 | 1): Definition {
  return { ...definition, sections: move(definition.sections, s, s + by) };
}

export function addQuestion(definition: Definition, s: number, type?: QuestionType): Definition {
  const section = definition.sections[s]!;
  const question = newQuestion(definition, type);
  return updateSection(definition, s, { ...section, questions: [...section.questions, question] });
}

export function updateQuestion(definition: Definition, s: number, q: number, question: Question): Definition {
  const section = definition.sections[s]!;
  return updateSection(definition, s, { ...section, questions: replaceAt(section.questions, q, question) });
}

export function removeQuestion(definition: Definition, s: number, q: number): Definition {
  const section = definition.sections[s]!;
  return updateSection(definition, s, { ...section, questions: section.questions.filter((_, i) => i !== q) });
}

export function moveQuestion(definition: Definition, s: number, q: number, by: -1 | 1): Definition {
  const section = definition.sections[s]!;
  return updateSection(definition, s, { ...section, questions: move(section.questions, q, q + by) });
}

/** The questions before this one, which a show-if condition may name. */
export function earlierQuestions(definition: Definition, s: number, q: number): Question[] {
  return definition.sections.flatMap((section, i) =>
    i < s ? section.questions : i === s ? section.questions.slice(0, q) : [],
  );
}

/** Turns a label into an id the API accepts, e.g. "Barn och unga" → "barn_och_unga". */
export function slug(label: string, fallback: string): string {
  const base = label
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  return /^[a-z]/.test(base) ? base : fallback;
}

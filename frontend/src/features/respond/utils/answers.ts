import type { Answers, Condition, Definition, MatrixAnswer, MatrixCell, Question } from '../api/types';

// What the server decides about answers, decided the same way here so the form can show and hide questions
// as the respondent types and point at missing answers before a round trip. The server has the last word.

/** Equal, or for a list answer (multiple choice), among the values chosen. */
function matchesValue(answer: unknown, value: unknown): boolean {
  if (Array.isArray(answer)) return answer.some((item) => matchesValue(item, value));
  return answer === value;
}

/** Whether a profession or matrix answer names the profession anywhere. */
export function namesProfession(answer: unknown, profession: string): boolean {
  if (Array.isArray(answer)) return answer.includes(profession);
  if (!answer || typeof answer !== 'object') return false;
  const matrix = answer as MatrixAnswer;
  const rows = [...Object.values(matrix.rows ?? {}), ...(matrix.other ?? []).map((row) => row.cells ?? {})];
  return rows.some((cells) =>
    Object.values(cells).some((cell) => (cell?.professions ?? []).includes(profession)),
  );
}

export function holds(condition: Condition, answer: unknown): boolean {
  if (answer === undefined || answer === null) return false;
  if (condition.equalTo !== undefined) return matchesValue(answer, condition.equalTo);
  if (condition.anyOf) return condition.anyOf.some((value) => matchesValue(answer, value));
  if (condition.greaterThan !== undefined)
    return typeof answer === 'number' && answer > condition.greaterThan;
  if (condition.includesProfession) return namesProfession(answer, condition.includesProfession);
  return false;
}

export function isShown(question: Question, answers: Answers): boolean {
  return !question.showIf || holds(question.showIf, answers[question.showIf.question]);
}

export function isEmptyCell(cell: MatrixCell | null | undefined): boolean {
  return !cell || (!(cell.professions ?? []).length && !(cell.text ?? '').trim());
}

/** Unanswered: absent, null, blank text, an empty list, or a matrix with no filled cell. */
export function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') {
    const matrix = value as MatrixAnswer;
    const cells = [
      ...Object.values(matrix.rows ?? {}).flatMap((row) => Object.values(row ?? {})),
      ...(matrix.other ?? []).flatMap((row) => Object.values(row.cells ?? {})),
    ];
    return cells.every(isEmptyCell);
  }
  return false;
}

export function allQuestions(definition: Definition): Question[] {
  return definition.sections.flatMap((section) => section.questions);
}

/** The required questions that are shown and not answered, in the order they are asked. */
export function missingRequired(definition: Definition, answers: Answers): Question[] {
  return allQuestions(definition).filter(
    (question) => question.required && isShown(question, answers) && isEmpty(answers[question.id]),
  );
}

/**
 * The question an API violation is about: the API names answers `answers.<questionId>` with the place
 * inside the answer after it (`answers.matrix.rows.barn_unga.brist.professions`).
 */
export function questionIdOf(field: string): string | undefined {
  const match = /(?:^|\.)answers\.([a-z][a-z0-9_]*)/.exec(field);
  return match?.[1];
}

/** Deep equality for answer values (JSON). */
export function sameAnswer(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
}

function normalize(value: unknown): unknown {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(normalize);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, normalize((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/**
 * Reads a number as a Swedish respondent writes it: "1 234,5", "1234.5", "−3". Undefined when it is not
 * a number.
 */
export function parseNumber(text: string): number | undefined {
  const compact = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/\u2212/g, '-')
    .replace(',', '.');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(compact)) return undefined;
  return Number(compact);
}

const answerNumberFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 4 });

/** A number answer the Swedish way, with the four decimals a question may allow: 1 234,5. */
export function formatAnswerNumber(value: number): string {
  return answerNumberFormat.format(value);
}

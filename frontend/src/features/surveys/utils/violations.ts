import { ApiError, type Violation } from '@/lib/api/api-error';

function fieldOf(violation: Violation) {
  // The API names definition fields from the request's root (`definition.sections[0]…`); be lenient about a
  // prefix such as `request.`.
  const at = violation.field.indexOf('definition.');
  return at >= 0 ? violation.field.slice(at) : violation.field;
}

function violations(error: unknown): Violation[] {
  return error instanceof ApiError ? error.violations : [];
}

export const questionPath = (s: number, q: number) => `definition.sections[${s}].questions[${q}]`;
export const sectionPath = (s: number) => `definition.sections[${s}]`;

/** The violations about this question, each with its field below the question (e.g. `text.sv`). */
export function questionViolations(error: unknown, s: number, q: number) {
  const path = questionPath(s, q);
  return violations(error).flatMap((violation) => {
    const field = fieldOf(violation);
    if (field === path) return [{ field: '', message: violation.message }];
    return field.startsWith(`${path}.`)
      ? [{ field: field.slice(path.length + 1), message: violation.message }]
      : [];
  });
}

/** The violations about the section itself (its id, title, or its having no questions). */
export function sectionViolations(error: unknown, s: number) {
  const path = sectionPath(s);
  return violations(error).flatMap((violation) => {
    const field = fieldOf(violation);
    if (field.startsWith(`${path}.questions[`)) return [];
    if (field === path) return [{ field: '', message: violation.message }];
    return field.startsWith(`${path}.`)
      ? [{ field: field.slice(path.length + 1), message: violation.message }]
      : [];
  });
}

/** The violations about the definition as a whole (e.g. no sections). */
export function definitionViolations(error: unknown) {
  return violations(error).filter((violation) => {
    const field = fieldOf(violation);
    return field === 'definition' || field === 'definition.sections';
  });
}

/** Every field the builder shows next to itself: the rest goes to the summary. */
export function isShownInBuilder(field: string) {
  return fieldOf({ field, message: '' } as Violation).startsWith('definition');
}

import type { components } from './schema';

/** The problem document of a refused request: the richest one, with `violations`. */
export type Problem = components['responses']['BadRequest']['content']['application/problem+json'];
export type Violation = NonNullable<Problem['violations']>[number];

/** An error response from the API, read from its RFC 9457 problem details when it has them. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly violations: Violation[];
  /** For a 412: the revision now stored, and what changed since the one sent (for answers, question ids). */
  readonly currentRevision: number | undefined;
  readonly changed: string[];

  constructor(
    status: number,
    title: string,
    detail?: string,
    violations: Violation[] = [],
    precondition: { currentRevision?: number; changed?: string[] } = {},
  ) {
    super(detail ? `${title}: ${detail}` : title);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.violations = violations;
    this.currentRevision = precondition.currentRevision;
    this.changed = precondition.changed ?? [];
  }

  static async fromResponse(response: Response): Promise<ApiError> {
    const fallbackTitle = response.statusText || `HTTP ${response.status}`;
    const problem = await readProblem(response);
    if (!problem) {
      return new ApiError(response.status, fallbackTitle);
    }
    return new ApiError(
      typeof problem.status === 'number' ? problem.status : response.status,
      problem.title || fallbackTitle,
      problem.detail ?? undefined,
      problem.violations ?? [],
      {
        currentRevision: typeof problem.currentRevision === 'number' ? problem.currentRevision : undefined,
        changed: Array.isArray(problem.changed) ? problem.changed : [],
      },
    );
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/** 412: someone else changed the resource after it was loaded. */
export function isPreconditionFailed(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 412;
}

/** 401: nobody is signed in (or the session has ended). */
export function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

/** The message the API gave for a field of the request body, if it named that field. */
export function violationFor(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) {
    return undefined;
  }
  // A nested field is named by its path (e.g. `request.newPassword`); match its last part too.
  return error.violations.find(
    (violation) => violation.field === field || violation.field.endsWith(`.${field}`),
  )?.message;
}

async function readProblem(response: Response): Promise<Partial<Problem> | undefined> {
  const contentType = response.headers.get('Content-Type') ?? '';
  if (!contentType.includes('json')) {
    return undefined;
  }
  try {
    const body: unknown = await response.clone().json();
    return body !== null && typeof body === 'object' ? (body as Partial<Problem>) : undefined;
  } catch {
    return undefined;
  }
}

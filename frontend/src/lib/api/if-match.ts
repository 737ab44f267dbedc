/**
 * The If-Match header of a write: the revision (ETag) of the object as it was loaded, so the API refuses (412) a
 * change built on a version someone else has changed since, instead of overwriting theirs.
 */
export function ifMatch(revision: number): { 'If-Match': string } {
  return { 'If-Match': `"${revision}"` };
}

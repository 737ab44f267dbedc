import type { UserListParams } from '../api/list-users';

export const pageSize = 50;

/** The user list's search and page, kept in the URL so reloading and going back work. */
export type UserListFilters = { q: string; page: number };

export function readFilters(search: URLSearchParams): UserListFilters {
  const page = Number(search.get('page'));
  return { q: search.get('q') ?? '', page: Number.isInteger(page) && page > 1 ? page : 1 };
}

export function toSearchParams(filters: UserListFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.q) search.set('q', filters.q);
  if (filters.page > 1) search.set('page', String(filters.page));
  return search;
}

export function toListParams(filters: UserListFilters): UserListParams {
  return { ...(filters.q && { q: filters.q }), page: filters.page, size: pageSize };
}

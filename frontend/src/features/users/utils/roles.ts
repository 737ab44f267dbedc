import type { components } from '@/lib/api/schema';

export type Grant = components['schemas']['Grant'];
export type Role = Grant['role'];

/** The roles, in the order they are offered. */
export const roles: readonly Role[] = ['municipality_editor', 'county_coordinator', 'analyst', 'admin'];

export function isRole(value: string): value is Role {
  return roles.includes(value as Role);
}

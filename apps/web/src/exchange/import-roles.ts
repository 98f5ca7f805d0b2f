import type { Me } from '../auth/me-store';

/**
 * Whether the user may bring files in: planners and admins for every importable layer, a zone
 * reporter for its own zone's projects. The API decides each row; this only decides whom the map
 * shows the way to /import.
 */
export const importsData = (me: Me | null): boolean =>
  me?.role === 'PLANNER' || me?.role === 'ADMIN' || me?.role === 'ZONE_REPORTER';

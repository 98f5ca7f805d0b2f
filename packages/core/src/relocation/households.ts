/**
 * Households of a village still waiting to move: all of them less those moved, never below 0.
 *
 * @example householdsWaiting({ households: 320, householdsMoved: 200 }); // 120
 */
export function householdsWaiting(site: { households: number; householdsMoved: number }): number {
  return Math.max(0, site.households - site.householdsMoved);
}

/** Resettlement housing as counted by a relocation site. */
export interface HousingUnits {
  unitsPlanned: number;
  unitsStarted: number;
  unitsCompleted: number;
}

/** One stage of the housing against the plan: the bar's share (0 to 1) and the percent to print. */
export interface HousingShare {
  share: number;
  percent: number;
}

/**
 * How far a site's housing has come against the units planned; null when none are planned, since
 * a bar of nothing would read as "nothing done". The bar's share stops at 1 so a site that builds
 * more than planned draws a full bar, while the printed percent says by how much it went over.
 *
 * @example
 * housingProgress({ unitsPlanned: 400, unitsStarted: 300, unitsCompleted: 100 });
 * // { started: { share: 0.75, percent: 75 }, completed: { share: 0.25, percent: 25 } }
 */
export function housingProgress(
  units: HousingUnits,
): { started: HousingShare; completed: HousingShare } | null {
  if (units.unitsPlanned <= 0) return null;
  const of = (n: number): HousingShare => {
    const ratio = Math.max(0, n / units.unitsPlanned);
    return { share: Math.min(1, ratio), percent: ratio * 100 };
  };
  return { started: of(units.unitsStarted), completed: of(units.unitsCompleted) };
}

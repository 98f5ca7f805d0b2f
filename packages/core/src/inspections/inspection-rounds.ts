import { Period, type RankedInspectionKind } from '@atlas/data';
import { type AtlasDb, schema } from '@atlas/db';
import { inspectionPeriod } from './inspection-period';

/** A round that exists: its period, kind and the day it was held. */
export interface InspectionRoundSummary {
  readonly period: string;
  readonly kind: RankedInspectionKind;
  readonly heldOn: string | null;
}

/** What asks for the newest round rather than naming one. */
export const LATEST_PERIOD = 'latest';

/** Rounds in the order they close: by the period's last day, the year-end round after the year's last quarter. */
function closingOrder(period: string): string {
  const p = Period.parse(period);
  return p ? `${p.lastDay} ${p.kind === 'YEAR' ? 1 : 0}` : `~${period}`;
}

/**
 * Every inspection round recorded, oldest first: the periods `inspectionRanking` can answer for.
 *
 * @example (await inspectionRounds(db)).map((r) => r.period) // ['2014Q3', '2014Q4', '2014']
 */
export async function inspectionRounds(db: AtlasDb): Promise<InspectionRoundSummary[]> {
  const { inspectionRounds: rounds } = schema;
  const rows = await db
    .select({ period: rounds.period, kind: rounds.kind, heldOn: rounds.heldOn })
    .from(rounds);
  return rows
    .map((r) => ({ ...r, kind: r.kind as RankedInspectionKind }))
    .sort((a, b) => closingOrder(a.period).localeCompare(closingOrder(b.period)));
}

/**
 * The round a request names: `latest` is the newest round recorded (null when there is none); any
 * other text must be a quarter or a year, or it is BAD_INPUT naming it.
 *
 * @example await roundPeriod(db, 'latest') // '2014'; await roundPeriod(db, '2014Q5') throws
 */
export async function roundPeriod(db: AtlasDb, asked: string): Promise<string | null> {
  if (asked !== LATEST_PERIOD) return inspectionPeriod(asked).period;
  return (await inspectionRounds(db)).at(-1)?.period ?? null;
}

import { type AtlasDb, selectRows } from '@atlas/db';
import { sql } from 'drizzle-orm';
import { badInput } from '../errors';
import { inspectionRanking } from '../inspections/inspection-ranking';
import { monthEnd } from '../ledger/ledger-dates';
import { checkedPeriod } from '../period-checks';

export const CHANGE_KINDS = [
  'PROJECT_STARTED',
  'PROJECT_COMPLETED',
  'WORKS_COMPLETED',
  'RELOCATION_MOVED',
  'RANK_MOVED',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** Something that changed between two months or rounds, with a point to draw it at. */
export interface MonthChange {
  readonly kind: ChangeKind;
  readonly zoneCode: string;
  readonly entityId: string | null;
  readonly name: string;
  /** Before: the previous status, households moved, or rank. */
  readonly from: string | null;
  /** After: the new status, households moved, or rank. */
  readonly to: string | null;
  /** The day it happened, when one is known (a rank moves on no single day). */
  readonly on: string | null;
  /** [lng, lat]: the project's or work's centroid, the village, or the zone's seat. */
  readonly point: [number, number] | null;
}

interface End {
  readonly text: string;
  readonly kind: 'MONTH' | 'ROUND';
  readonly lastDay: string;
  readonly lastMonth: string;
}

function endOf(text: string, field: 'from' | 'to'): End {
  const p = checkedPeriod(text, ['MONTH', 'QUARTER', 'YEAR'], field);
  return {
    text,
    kind: p.kind === 'MONTH' ? 'MONTH' : 'ROUND',
    lastDay: p.lastDay,
    lastMonth: p.lastDay.slice(0, 7),
  };
}

type Located = { zone_code: string | null; id: string; name: string; lng: number | null; lat: number | null };
const pointOf = (r: { lng: number | null; lat: number | null }): [number, number] | null =>
  r.lng === null || r.lat === null ? null : [Number(r.lng), Number(r.lat)];

/** Projects that reached STARTED or COMPLETED after `from`'s end and by `to`'s, from the status history. */
async function projectChanges(db: AtlasDb, from: End, to: End): Promise<MonthChange[]> {
  const rows = await selectRows<Located & { status: string; previous: string | null; changed_on: string }>(
    db,
    sql`SELECT * FROM (
          SELECT p.id, p.name, p.zone_code, c.status, c.changed_on::text AS changed_on,
                 lag(c.status) OVER (PARTITION BY c.project_id ORDER BY c.changed_on, c.id) AS previous,
                 ST_X(ST_Centroid(p.geometry)) AS lng, ST_Y(ST_Centroid(p.geometry)) AS lat
            FROM project_status_changes c JOIN projects p ON p.id = c.project_id) h
         WHERE h.status IN ('STARTED', 'COMPLETED') AND h.changed_on > ${from.lastDay} AND h.changed_on <= ${to.lastDay}`,
  );
  return rows.map((r) => ({
    kind: r.status === 'STARTED' ? 'PROJECT_STARTED' : 'PROJECT_COMPLETED',
    zoneCode: r.zone_code as string,
    entityId: r.id,
    name: r.name,
    from: r.previous,
    to: r.status,
    on: r.changed_on,
    point: pointOf(r),
  }));
}

const WORKS = sql`(
  SELECT 'ROAD_LINK' AS kind, id, name, zone_code, geometry AS g FROM road_links
  UNION ALL SELECT 'GRID_PROJECT', id, name, zone_code, geometry FROM grid_projects
  UNION ALL SELECT 'FACILITY', id, name, zone_code, location FROM facilities
  UNION ALL SELECT 'RELOCATION_SITE', id, village_name, zone_code, origin FROM relocation_sites)`;

type ReportedWorks = Located & {
  kind: string;
  month: string;
  progress_percent: number | null;
  completed_on: string | null;
  households_moved: number | null;
};

/** Every works line of accepted reports, oldest month first, with the work's name, zone and point. */
async function acceptedWorksLines(db: AtlasDb, lastMonth: string): Promise<ReportedWorks[]> {
  return selectRows<ReportedWorks>(
    db,
    sql`SELECT l.kind::text AS kind, l.entity_id AS id, r.month, l.progress_percent, l.completed_on::text AS completed_on,
               l.households_moved, w.name, w.zone_code,
               ST_X(ST_Centroid(w.g)) AS lng, ST_Y(ST_Centroid(w.g)) AS lat
          FROM monthly_report_works l
          JOIN monthly_reports r ON r.id = l.report_id AND r.status = 'ACCEPTED'
          JOIN ${WORKS} w ON w.kind = l.kind::text AND w.id = l.entity_id
         WHERE r.month <= ${lastMonth}
         ORDER BY r.month`,
  );
}

/** Works whose first accepted report at 100 % (or with a completion day) falls between the ends. */
function worksCompleted(lines: readonly ReportedWorks[], from: End, to: End): MonthChange[] {
  const first = new Map<string, { line: ReportedWorks; on: string }>();
  for (const line of lines) {
    if (line.kind === 'RELOCATION_SITE') continue;
    const done = line.completed_on ?? ((line.progress_percent ?? 0) >= 100 ? monthEnd(line.month) : null);
    const key = `${line.kind}:${line.id}`;
    if (done && !first.has(key)) first.set(key, { line, on: done });
  }
  return [...first.values()]
    .filter(({ on }) => on > from.lastDay && on <= to.lastDay)
    .map(({ line, on }) => ({
      kind: 'WORKS_COMPLETED',
      zoneCode: line.zone_code as string,
      entityId: line.id,
      name: line.name,
      from: null,
      to: line.kind,
      on,
      point: pointOf(line),
    }));
}

/** Villages whose accepted households-moved figure rose between the two ends' months. */
function relocationMoved(lines: readonly ReportedWorks[], from: End, to: End): MonthChange[] {
  const before = new Map<string, number>();
  const after = new Map<string, ReportedWorks>();
  for (const line of lines) {
    if (line.kind !== 'RELOCATION_SITE' || line.households_moved === null) continue;
    if (line.month <= from.lastMonth) before.set(line.id, line.households_moved);
    if (line.month <= to.lastMonth) after.set(line.id, line);
  }
  return [...after.values()]
    .filter((l) => {
      const was = before.get(l.id);
      return l.month > from.lastMonth && (was === undefined || (l.households_moved as number) > was);
    })
    .map((l) => ({
      kind: 'RELOCATION_MOVED',
      zoneCode: l.zone_code as string,
      entityId: l.id,
      name: l.name,
      from: before.has(l.id) ? String(before.get(l.id)) : null,
      to: String(l.households_moved),
      on: monthEnd(l.month),
      point: pointOf(l),
    }));
}

/** Zones whose rank differs between two inspection rounds (each round's published ranking, else its draft). */
async function rankMoves(db: AtlasDb, from: End, to: End): Promise<MonthChange[]> {
  const [a, b] = await Promise.all([inspectionRanking(db, from.text), inspectionRanking(db, to.text)]);
  if (!a || !b) return [];
  const seats = await selectRows<{ code: string; name: string; lng: number; lat: number }>(
    db,
    sql`SELECT code, name, ST_X(seat) AS lng, ST_Y(seat) AS lat FROM zones`,
  );
  const seatOf = new Map(seats.map((s) => [s.code, s]));
  const earlier = new Map(a.zones.map((z) => [z.zoneCode, z.rank]));
  return b.zones
    .filter((z) => z.rank !== null && earlier.has(z.zoneCode) && earlier.get(z.zoneCode) !== z.rank)
    .map((z) => {
      const seat = seatOf.get(z.zoneCode);
      const was = earlier.get(z.zoneCode);
      return {
        kind: 'RANK_MOVED',
        zoneCode: z.zoneCode,
        entityId: z.zoneCode,
        name: seat?.name ?? z.zoneCode,
        from: was == null ? null : String(was),
        to: String(z.rank),
        on: null,
        point: seat ? pointOf(seat) : null,
      };
    });
}

/**
 * What changed between two months (`2014-08` → `2014-09`) or two inspection rounds (`2014Q2` →
 * `2014Q3`): projects started and completed after the first end and by the second (status
 * history), works completed and households moved (accepted reports), and, between rounds, rank
 * moves. Ordered by zone, then kind, then name. Works without a zone are left out: the map draws
 * changes by zone.
 *
 * @example changesBetween(db, '2014Q2', '2014Q3')
 */
export async function changesBetween(db: AtlasDb, fromText: string, toText: string): Promise<MonthChange[]> {
  const from = endOf(fromText, 'from');
  const to = endOf(toText, 'to');
  if (from.lastDay >= to.lastDay)
    throw badInput(`from ${fromText} 须早于 to ${toText} / from ${fromText} must come before to ${toText}`, {
      field: 'to',
    });
  const lines = await acceptedWorksLines(db, to.lastMonth);
  const changes = [
    ...(await projectChanges(db, from, to)),
    ...worksCompleted(lines, from, to),
    ...relocationMoved(lines, from, to),
    ...(from.kind === 'ROUND' && to.kind === 'ROUND' ? await rankMoves(db, from, to) : []),
  ];
  return changes
    .filter((c) => c.zoneCode)
    .sort(
      (x, y) =>
        x.zoneCode.localeCompare(y.zoneCode) ||
        CHANGE_KINDS.indexOf(x.kind) - CHANGE_KINDS.indexOf(y.kind) ||
        x.name.localeCompare(y.name),
    );
}

import type { ReportedWorksKind } from '../plan/reporting-vocabulary';
import { ZONES } from '../plan/zones';
import type { DemoRandom } from './random';
import type { FacilityRecord, GridProjectRecord, RelocationSiteRecord, RoadLinkRecord } from './records';

/**
 * A demo work's schedule: planned start and finish, progress and the unit answering for it. The
 * record it belongs to is DEMO already, so these columns share its provenance.
 */
export interface DemoWorksSchedule {
  readonly kind: ReportedWorksKind;
  readonly code: string;
  readonly plannedStartOn: string;
  readonly plannedFinishOn: string;
  readonly progressPercent: number;
  readonly responsibleUnit: string;
  /** Relocation sites only: households already moved out. */
  readonly householdsMoved: number | null;
}

const date = (month: number, dayOfMonth: number) =>
  new Date(Date.UTC(2014, month, dayOfMonth)).toISOString().slice(0, 10);
const zoneName = (code: string | null) => ZONES.find((z) => z.code === code)?.name ?? '周口市';

/**
 * A start in 2014's first half and a finish between September 2014 and mid-2015; about a third
 * of the works fall short of where they should be (the finish passes in 2014 below 100 %), so the
 * map has late works to draw.
 */
function schedule(rng: DemoRandom, done: number | null) {
  const plannedStartOn = date(rng.int(0, 5), rng.int(1, 28));
  const finishMonth = rng.int(8, 18);
  const plannedFinishOn = date(finishMonth, finishMonth === 11 ? 31 : rng.int(1, 28));
  const late = rng.next() < 0.35;
  const progressPercent = done ?? (late ? Math.round(rng.between(35, 90)) : Math.round(rng.between(40, 100)));
  return { plannedStartOn, plannedFinishOn, progressPercent };
}

/** The units the plan puts in charge of each kind of work (§二(四)3: 交通、电力; §二(四)1: 县政府). */
const UNIT: Record<ReportedWorksKind, (zone: string | null) => string> = {
  ROAD_LINK: () => '示例市交通运输局',
  GRID_PROJECT: () => '示例周口供电公司',
  FACILITY: (zone) => `${zoneName(zone)}管委会(示例)`,
  RELOCATION_SITE: (zone) => `${zoneName(zone)}所在县人民政府(示例)`,
};

export interface WorksForSchedule {
  readonly roadLinks: readonly RoadLinkRecord[];
  readonly gridProjects: readonly GridProjectRecord[];
  readonly facilities: readonly FacilityRecord[];
  readonly relocationSites: readonly RelocationSiteRecord[];
}

/** Schedules for every demo road link, grid project, facility and relocation site. */
export function demoWorksSchedules(works: WorksForSchedule, rng: DemoRandom): DemoWorksSchedule[] {
  const row = (kind: ReportedWorksKind, code: string, zone: string | null, done: number | null) => ({
    kind,
    code,
    ...schedule(rng, done),
    responsibleUnit: UNIT[kind](zone),
    householdsMoved: null,
  });
  return [
    ...works.roadLinks.map((r) => row('ROAD_LINK', r.code, r.zoneCode, null)),
    ...works.gridProjects.map((g) => row('GRID_PROJECT', g.code, g.zoneCode, null)),
    ...works.facilities.map((f) =>
      row('FACILITY', f.code, f.zoneCode, f.status === 'OPERATING' ? 100 : f.status === 'PLANNED' ? 0 : null),
    ),
    ...works.relocationSites.map((s) => ({
      ...row(
        'RELOCATION_SITE',
        s.code,
        s.zoneCode,
        s.unitsPlanned > 0 ? Math.round((s.unitsCompleted / s.unitsPlanned) * 100) : 0,
      ),
      householdsMoved: Math.round(s.households * rng.between(0.2, 0.9)),
    })),
  ];
}

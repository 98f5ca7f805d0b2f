import type { ReportedWorksKind } from '../plan/reporting-vocabulary';
import { demo, type Provenance } from '../provenance';
import type { DemoAnnualPlan } from './ledger';
import type { DemoRandom } from './random';
import type {
  FacilityRecord,
  GridProjectRecord,
  ProgressReportRecord,
  ProjectRecord,
  RelocationSiteRecord,
  RoadLinkRecord,
} from './records';
import type { DemoWorksSchedule } from './works-schedule';

/** The months the demo zones have reported and had accepted; September 2014 is left for a zone to fill. */
export const DEMO_REPORT_MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08'].map((m) => `2014-${m}`);

/** Who fills and accepts the demo reports: names that say 示例, never a real office. */
export const demoReporterOf = (zoneCode: string) => `示例填报员·${zoneCode}`;
export const DEMO_REVIEWER = '示例审核员·市发改委';

export const DEMO_REPORTS_PROVENANCE: Provenance = demo(
  'Demo monthly reports generated deterministically (seed 20140722+3): each project’s month a share of its demo 2014 plan, zone totals sized to the demo Q3 figures; not real.',
);

/** How the year's work spreads over the months (the Spring Festival slows January and February). */
const SEASON = [0.55, 0.5, 0.9, 1, 1.05, 1.1, 1.05, 1.05, 1.1, 1.1, 1.2, 1.35];
const SEASON_TOTAL = SEASON.reduce((a, b) => a + b, 0);
const seasonOf = (month: string) => (SEASON[Number(month.slice(5, 7)) - 1] ?? 1) / SEASON_TOTAL;

export interface DemoReportProject {
  readonly projectCode: string;
  readonly investmentWan: number;
}

/** A works line; units and households only for relocation sites. */
export interface DemoReportWorks {
  readonly kind: ReportedWorksKind;
  readonly code: string;
  readonly progressPercent: number;
  readonly unitsStarted: number | null;
  readonly unitsCompleted: number | null;
  readonly householdsMoved: number | null;
}

/** One zone's accepted demo report for a month, with what it makes count. */
export interface DemoMonthlyReport {
  readonly zoneCode: string;
  /** 'YYYY-MM'. */
  readonly month: string;
  readonly fixedAssetInvestmentWan: number;
  readonly mainBusinessRevenueWan: number;
  readonly createdBy: string;
  readonly submittedAt: string;
  readonly reviewedAt: string;
  readonly reviewedBy: string;
  readonly projects: readonly DemoReportProject[];
  readonly works: readonly DemoReportWorks[];
  /** The zone's year so far through this month, 亿元: what accepting it writes as progress records. */
  readonly yearToDateInvestmentYi: number;
  readonly yearToDateRevenueYi: number;
}

const cents = (n: number) => Math.round(n * 100) / 100;
const pad = (n: number) => String(n).padStart(2, '0');

/** The zone's demo Q3 figure (亿元) for a metric: the year so far through August stays below it. */
function q3Of(progress: readonly ProgressReportRecord[], zoneCode: string, metric: string): number {
  return (
    progress.find((r) => r.period === '2014Q3' && r.zoneCode === zoneCode && r.metric === metric)?.value ?? 0
  );
}

/** A project's months: a share of its demo 2014 plan at its own pace, never past its total investment. */
function projectMonths(p: ProjectRecord, plannedWan: number, rng: DemoRandom): number[] {
  const pace = rng.between(0.55, 1.3);
  let left = p.investmentYi * 10_000;
  return DEMO_REPORT_MONTHS.map((month) => {
    const wan = Math.min(left, cents(plannedWan * seasonOf(month) * pace * rng.between(0.8, 1.2)));
    left -= wan;
    return wan;
  });
}

/**
 * A work's state by the end of the month with this index (0 is January): climbing evenly towards
 * its recorded state, which is where it stands at the year's end, so no month reports more than now.
 */
function worksState(
  schedule: DemoWorksSchedule,
  site: RelocationSiteRecord | undefined,
  index: number,
): DemoReportWorks {
  const share = (index + 1) / 12;
  const unitsStarted = site ? Math.floor(site.unitsStarted * share) : null;
  return {
    kind: schedule.kind,
    code: schedule.code,
    progressPercent: Math.floor(schedule.progressPercent * share),
    unitsStarted,
    unitsCompleted: site ? Math.min(unitsStarted ?? 0, Math.floor(site.unitsCompleted * share)) : null,
    householdsMoved: site ? Math.floor((schedule.householdsMoved ?? 0) * share) : null,
  };
}

/**
 * Accepted demo reports for every zone, January to August 2014: each project's monthly investment
 * from its demo annual plan, the zone's investment at least the sum of its project lines and sized
 * so the year so far through August stays under the demo Q3 figure, works and relocation sites
 * climbing to their recorded state. Submitted 1st–8th of the next month (a few after the 5th, late), accepted
 * two days later. Drawn from its own random sequence, so no earlier demo record changes.
 */
export function demoMonthlyReports(
  data: {
    readonly projects: readonly ProjectRecord[];
    readonly relocationSites: readonly RelocationSiteRecord[];
    readonly worksSchedules: readonly DemoWorksSchedule[];
    readonly progressReports: readonly ProgressReportRecord[];
    readonly roadLinks: readonly RoadLinkRecord[];
    readonly gridProjects: readonly GridProjectRecord[];
    readonly facilities: readonly FacilityRecord[];
    readonly annualPlans: readonly DemoAnnualPlan[];
  },
  rng: DemoRandom,
): DemoMonthlyReport[] {
  const plans = new Map(
    data.annualPlans.filter((p) => p.year === 2014).map((p) => [p.projectCode, p.plannedWan]),
  );
  const zones = [...new Set(data.projects.map((p) => p.zoneCode))].sort();
  const reports: DemoMonthlyReport[] = [];
  for (const zoneCode of zones) {
    const projects = data.projects.filter((p) => p.zoneCode === zoneCode);
    const months = projects.map((p) => projectMonths(p, plans.get(p.code) ?? 0, rng));
    const zoneOf = new Map(
      [...data.roadLinks, ...data.gridProjects, ...data.facilities, ...data.relocationSites].map((w) => [
        w.code,
        w.zoneCode,
      ]),
    );
    const works = data.worksSchedules.filter((w) => zoneOf.get(w.code) === zoneCode);
    const sites = new Map(data.relocationSites.map((site) => [site.code, site]));
    // The year so far through August, by the demo Q3 figure (September is about a ninth of it).
    const investmentAug = q3Of(data.progressReports, zoneCode, 'fixed_asset_investment') * 10_000 * (8 / 9);
    const revenueAug = q3Of(data.progressReports, zoneCode, 'main_business_revenue') * 10_000 * (8 / 9);
    const augShare = DEMO_REPORT_MONTHS.reduce((a, m) => a + seasonOf(m), 0);
    let investment = 0;
    let revenue = 0;
    DEMO_REPORT_MONTHS.forEach((month, i) => {
      const lines = projects
        .map((p, j) => ({ projectCode: p.code, investmentWan: months[j]?.[i] ?? 0 }))
        .filter((l) => l.investmentWan > 0);
      const linesWan = lines.reduce((a, l) => a + l.investmentWan, 0);
      const sized = (investmentAug * seasonOf(month)) / augShare;
      const fixedAssetInvestmentWan = cents(Math.max(linesWan, sized * rng.between(0.9, 1.1)));
      const mainBusinessRevenueWan = cents(
        ((revenueAug * seasonOf(month)) / augShare) * rng.between(0.9, 1.1),
      );
      investment += fixedAssetInvestmentWan;
      revenue += mainBusinessRevenueWan;
      const next = `2014-${pad(i + 2)}`;
      const day = rng.next() < 0.15 ? rng.int(6, 8) : rng.int(1, 5);
      reports.push({
        zoneCode,
        month,
        fixedAssetInvestmentWan,
        mainBusinessRevenueWan,
        createdBy: demoReporterOf(zoneCode),
        submittedAt: `${next}-${pad(day)}T01:00:00.000Z`,
        reviewedAt: `${next}-${pad(day + 2)}T03:00:00.000Z`,
        reviewedBy: DEMO_REVIEWER,
        projects: lines,
        works: works
          .filter((w) => w.plannedStartOn <= `${month}-31`)
          .map((w) => worksState(w, w.kind === 'RELOCATION_SITE' ? sites.get(w.code) : undefined, i)),
        yearToDateInvestmentYi: Math.round(investment * 100) / 1_000_000,
        yearToDateRevenueYi: Math.round(revenue * 100) / 1_000_000,
      });
    });
  }
  return reports;
}

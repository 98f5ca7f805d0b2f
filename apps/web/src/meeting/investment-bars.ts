/** One zone's year to date against its plan and time progress, as `zoneTimeProgress` gives it. */
export interface ZoneProgressFigures {
  readonly zone: { readonly code: string };
  readonly plannedWan: number;
  readonly completedWan: number;
  readonly percentOfPlan?: number | null;
  readonly timeProgressPercent: number;
  readonly pointsAhead?: number | null;
  readonly flag?: 'GREEN' | 'YELLOW' | 'RED' | null;
  readonly demo: boolean;
}

/** A zone's report for the month as the board gives it: only an accepted one's figures count. */
export interface BoardReport {
  readonly status: string;
  readonly projects: readonly { readonly investmentWan: number }[];
}

/** One zone's row of bars on the meeting screen. */
export interface InvestmentBar {
  readonly zoneCode: string;
  /** Completed this month (万元), from the zone's accepted report; null when none is accepted. */
  readonly monthWan: number | null;
  readonly yearToDateWan: number;
  readonly plannedWan: number;
  readonly percentOfPlan: number | null;
  readonly timeProgressPercent: number;
  readonly pointsAhead: number | null;
  readonly flag: 'GREEN' | 'YELLOW' | 'RED' | null;
  readonly demo: boolean;
  /** Widths in percent of the bar's track: year to date, the time-progress tick, this month. */
  readonly widths: { readonly yearToDate: number; readonly timeProgress: number; readonly month: number };
}

/** The year-to-date bar's track runs to 100 % of plan, or further when a zone is past it (to 150 %). */
const TRACK_CEILING = 150;

/**
 * The investment completed this month: the sum over the month's accepted report's projects, or
 * null when the zone has no accepted report (a draft's or a returned report's figures never count).
 *
 * @example
 * monthInvestment({ status: 'ACCEPTED', projects: [{ investmentWan: 800 }, { investmentWan: 450 }] }); // 1250
 * monthInvestment({ status: 'SUBMITTED', projects: [{ investmentWan: 800 }] }); // null
 */
export function monthInvestment(report: BoardReport | null | undefined): number | null {
  if (report?.status !== 'ACCEPTED') return null;
  return report.projects.reduce((sum, p) => sum + p.investmentWan, 0);
}

/**
 * The meeting's bars, one row per zone, the zones furthest ahead of time progress first (those
 * without an annual plan last): the year to date as a share of the plan with the time-progress
 * tick on the same track, and this month's figure on a track shared by every zone.
 *
 * @example
 * investmentBars([{ zone: { code: 'taikang' }, plannedWan: 10000, completedWan: 7000,
 *   percentOfPlan: 70, timeProgressPercent: 75, pointsAhead: -5, flag: 'YELLOW', demo: true }],
 *   new Map([['taikang', 900]]))[0]?.widths // { yearToDate: 70, timeProgress: 75, month: 100 }
 */
export function investmentBars(
  progress: readonly ZoneProgressFigures[],
  monthByZone: ReadonlyMap<string, number | null>,
): InvestmentBar[] {
  const percents = progress.flatMap((p) => [p.percentOfPlan ?? 0, p.timeProgressPercent]);
  const track = Math.min(TRACK_CEILING, Math.max(100, ...percents));
  const months = [...monthByZone.values()].filter((v): v is number => v !== null && v > 0);
  const monthTrack = Math.max(0, ...months);
  const width = (value: number, of: number) => (of > 0 ? Math.min(100, (Math.max(0, value) / of) * 100) : 0);
  const rows = progress.map((p): InvestmentBar => {
    const monthWan = monthByZone.get(p.zone.code) ?? null;
    return {
      zoneCode: p.zone.code,
      monthWan,
      yearToDateWan: p.completedWan,
      plannedWan: p.plannedWan,
      percentOfPlan: p.percentOfPlan ?? null,
      timeProgressPercent: p.timeProgressPercent,
      pointsAhead: p.pointsAhead ?? null,
      flag: p.flag ?? null,
      demo: p.demo,
      widths: {
        yearToDate: round(width(p.percentOfPlan ?? 0, track)),
        timeProgress: round(width(p.timeProgressPercent, track)),
        month: round(width(monthWan ?? 0, monthTrack)),
      },
    };
  });
  const order = (b: InvestmentBar) => b.pointsAhead ?? Number.NEGATIVE_INFINITY;
  return rows.sort((a, b) => order(b) - order(a) || a.zoneCode.localeCompare(b.zoneCode));
}

const round = (v: number) => Math.round(v * 100) / 100;

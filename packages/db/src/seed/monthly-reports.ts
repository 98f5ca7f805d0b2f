import type { DemoData } from '@atlas/data';
import type { AtlasDb } from '../client';
import { monthlyReportProjects, monthlyReports, monthlyReportWorks, progressReports } from '../schema';

/** 2014-08 → 2014M08, the period progress records write for a month. */
const periodOf = (month: string) => `${month.slice(0, 4)}M${month.slice(5, 7)}`;

/**
 * The demo zones' accepted monthly reports (January–August 2014) and what accepting them made
 * count: each month's year-to-date investment and revenue as DEMO progress records, cited as core's
 * accept cites them. Project statuses, nodes and works keep the demo records' own state, which the
 * reports climb towards. Ids follow insertion order, so reseeding gives the same ids and citations.
 */
export async function seedDemoMonthlyReports(db: AtlasDb, demo: DemoData): Promise<void> {
  const reports = demo.monthlyReports;
  if (reports.length === 0) return;
  const inserted = await db
    .insert(monthlyReports)
    .values(
      reports.map((r) => ({
        zoneCode: r.zoneCode,
        month: r.month,
        status: 'ACCEPTED' as const,
        fixedAssetInvestmentWan: r.fixedAssetInvestmentWan,
        mainBusinessRevenueWan: r.mainBusinessRevenueWan,
        demo: true,
        createdBy: r.createdBy,
        submittedAt: new Date(r.submittedAt),
        submittedBy: r.createdBy,
        reviewedAt: new Date(r.reviewedAt),
        reviewedBy: r.reviewedBy,
      })),
    )
    .returning({ id: monthlyReports.id });
  const ids = inserted.map((r) => r.id);
  const projectLines = reports.flatMap((r, i) =>
    r.projects.map((l) => ({
      reportId: ids[i] as number,
      projectId: l.projectCode,
      investmentWan: l.investmentWan,
    })),
  );
  if (projectLines.length) await db.insert(monthlyReportProjects).values(projectLines);
  const worksLines = reports.flatMap((r, i) =>
    r.works.map((w) => ({
      reportId: ids[i] as number,
      kind: w.kind,
      entityId: w.code,
      progressPercent: w.progressPercent,
      unitsStarted: w.unitsStarted,
      unitsCompleted: w.unitsCompleted,
      householdsMoved: w.householdsMoved,
    })),
  );
  if (worksLines.length) await db.insert(monthlyReportWorks).values(worksLines);
  await db.insert(progressReports).values(
    reports.flatMap((r, i) => {
      const citation = `月报 ${r.zoneCode} ${r.month} #${ids[i]},${r.reviewedBy} 采纳(示例 demo)`;
      const row = {
        period: periodOf(r.month),
        zoneCode: r.zoneCode,
        clusterCode: null,
        sourceKind: 'DEMO' as const,
        sourceCitation: citation,
      };
      return [
        { ...row, metric: 'fixed_asset_investment', value: r.yearToDateInvestmentYi },
        { ...row, metric: 'main_business_revenue', value: r.yearToDateRevenueYi },
      ];
    }),
  );
}

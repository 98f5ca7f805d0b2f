import { REPORT_STATUSES } from '@atlas/data';
import { checkedPeriod } from '../period-checks';
import { listMonthlyReports, type MonthlyReportView } from '../reports/read-monthly-reports';
import { DEFAULT_REPORTING } from '../reports/report-month';
import { date, flag, integer, moneyWan, PROVENANCE_COLUMNS, text } from './layer-columns';
import type { LayerDefinition } from './layer-definition';
import { pageOf } from './layer-in-memory';
import { checkedStatuses } from './layer-query';

/** A report's month `2014-08` within a period's first and last day. */
const monthWithin = (month: string, first: string, last: string) =>
  `${month}-01` >= first && `${month}-01` <= last;

/** Where a report's figures come from: the zone's own report, or a generated demonstration. */
function provenanceOf(report: MonthlyReportView) {
  return report.demo
    ? {
        sourceKind: 'DEMO',
        sourceCitation: `演示月报(示例),非园区真实数字 / generated demo report, not the zone's figures`,
      }
    : {
        sourceKind: 'REPORTED',
        sourceCitation: `${report.zoneCode} ${report.month} 园区月报(${report.status}) / zone monthly report (${report.status})`,
      };
}

const sumWan = (lines: readonly { investmentWan: number }[]) =>
  Math.round(lines.reduce((sum, l) => sum + l.investmentWan, 0) * 100) / 100;

/**
 * Zones' monthly reports, a report a line with its totals, as `monthlyReports` answers them to the
 * same caller: accepted ones for everyone, drafts, submitted and returned ones only for their
 * zone's reporter, planners and admins (the core verb decides). `period` a month, quarter or year.
 */
export const MONTHLY_REPORTS_LAYER: LayerDefinition = {
  title: { zh: '园区月报', en: 'Monthly reports' },
  columns: [
    integer('id', '编号', 'ID'),
    text('zoneCode', '园区代码', 'Zone code'),
    text('month', '月份', 'Month'),
    text('status', '状态', 'Status'),
    integer('version', '版本', 'Version'),
    moneyWan('fixedAssetInvestmentWan', '固定资产投资', 'Fixed-asset investment'),
    moneyWan('mainBusinessRevenueWan', '主营业务收入', 'Main business revenue'),
    moneyWan('projectInvestmentWan', '项目本月完成投资合计', 'Projects’ investment this month'),
    integer('projectLines', '项目行数', 'Project lines'),
    integer('nodeLines', '节点行数', 'Node lines'),
    integer('worksLines', '工程行数', 'Works lines'),
    text('note', '备注', 'Note'),
    flag('demo', '演示数据', 'Demo'),
    date('deadline', '报送截止', 'Deadline'),
    flag('late', '逾期', 'Late'),
    text('createdBy', '填报人', 'Created by'),
    text('submittedAt', '报送时间', 'Submitted at'),
    text('submittedBy', '报送人', 'Submitted by'),
    text('reviewedAt', '审核时间', 'Reviewed at'),
    text('reviewedBy', '审核人', 'Reviewed by'),
    text('returnReason', '退回原因', 'Return reason'),
    ...PROVENANCE_COLUMNS,
  ],
  hasGeometry: false,
  filters: ['zone', 'status', 'period'],
  async read(ctx, filters, window, settings) {
    const statuses = checkedStatuses(filters.status, REPORT_STATUSES);
    const period = filters.period ? checkedPeriod(filters.period) : null;
    const month = period?.kind === 'MONTH' ? period.firstDay.slice(0, 7) : null;
    const reports = await listMonthlyReports(
      ctx,
      { month, zoneCode: filters.zone ?? null, status: statuses.length === 1 ? (statuses[0] ?? null) : null },
      settings.reporting ?? DEFAULT_REPORTING,
      settings.now ?? new Date(),
    );
    const rows = reports
      .filter((r) => !period || monthWithin(r.month, period.firstDay, period.lastDay))
      .filter((r) => statuses.length === 0 || statuses.includes(r.status))
      .map((r) => ({
        id: String(r.id),
        geometry: null,
        properties: {
          id: r.id,
          zoneCode: r.zoneCode,
          month: r.month,
          status: r.status,
          version: r.version,
          fixedAssetInvestmentWan: r.fixedAssetInvestmentWan,
          mainBusinessRevenueWan: r.mainBusinessRevenueWan,
          projectInvestmentWan: sumWan(r.projects),
          projectLines: r.projects.length,
          nodeLines: r.nodes.length,
          worksLines: r.works.length,
          note: r.note,
          demo: r.demo,
          deadline: r.deadline,
          late: r.late,
          createdBy: r.createdBy,
          submittedAt: r.submittedAt?.toISOString() ?? null,
          submittedBy: r.submittedBy,
          reviewedAt: r.reviewedAt?.toISOString() ?? null,
          reviewedBy: r.reviewedBy,
          returnReason: r.returnReason,
          ...provenanceOf(r),
        },
      }));
    return pageOf('monthlyReports', rows, window);
  },
};

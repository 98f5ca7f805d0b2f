import type { ProjectNode } from '@atlas/data';
import { AtlasError } from '../errors';

/** One thing wrong with a report: the row (a project, works or the zone's figures), the field, and why. */
export interface ReportProblem {
  /** The row as a reader finds it: the project's or works' name, or the zone for zone-wide figures. */
  readonly row: string;
  readonly field: string;
  /** `中文 / English`, naming the row and the field. */
  readonly message: string;
}

/** What the report form calls each field, in Chinese; English uses the field's name. */
const FIELD_ZH: Record<string, string> = {
  projectId: '项目',
  entityId: '工程',
  investmentWan: '本月完成投资',
  status: '项目状态',
  statusChangedOn: '状态变更日期',
  overTotalReason: '超出总投资的说明',
  node: '节点',
  actualOn: '节点实际日期',
  progressPercent: '形象进度(%)',
  unitsStarted: '开工套数',
  unitsCompleted: '竣工套数',
  householdsMoved: '已搬迁户数',
  startedOn: '开工日期',
  completedOn: '竣工日期',
  fixedAssetInvestmentWan: '固定资产投资',
  mainBusinessRevenueWan: '主营业务收入',
};

/** 签约、备案/核准、用地、规划许可、施工许可、开工、竣工、投产. */
export const NODE_ZH: Record<ProjectNode, string> = {
  SIGNED: '签约',
  FILED: '备案/核准',
  LAND: '用地',
  PLANNING_PERMIT: '规划许可',
  CONSTRUCTION_PERMIT: '施工许可',
  STARTED: '开工',
  COMPLETED: '竣工',
  IN_PRODUCTION: '投产',
};

/**
 * A problem on a row and field, with the reason in both languages.
 *
 * @example reportProblem('示例项目001', 'investmentWan', '不能为负', 'must not be negative').message
 * // '「示例项目001」本月完成投资:不能为负 / "示例项目001" investmentWan: must not be negative'
 */
export function reportProblem(row: string, field: string, zh: string, en: string): ReportProblem {
  return {
    row,
    field,
    message: `「${row}」${FIELD_ZH[field] ?? field}:${zh} / "${row}" ${field}: ${en}`,
  };
}

/** Throws BAD_INPUT listing every problem (all of them, not the first), or returns when there are none. */
export function refuseProblems(problems: readonly ReportProblem[]): void {
  if (problems.length === 0) return;
  throw new AtlasError(
    'BAD_INPUT',
    `月报有 ${problems.length} 处问题 / The report has ${problems.length} problem${problems.length === 1 ? '' : 's'}: ${problems
      .map((p) => p.message)
      .join('; ')}`,
    { problems },
  );
}

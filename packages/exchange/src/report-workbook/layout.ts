/**
 * The monthly report workbook's layout, shared by the writer and the reader so the two cannot drift:
 * which sheets, which columns in which order, which a zone office fills in and which are locked.
 * Every data sheet has its Chinese headers in row 1, English beneath in row 2, data from row 3.
 */

/** Bumped when the layout changes; a workbook of another layout is refused, not misread. */
export const REPORT_WORKBOOK_VERSION = 'atlas-report-workbook/1';

export const SHEET = {
  guide: '说明',
  zone: '园区合计',
  projects: '项目',
  nodes: '节点',
  works: '工程',
  /** Very hidden: the zone, month, report version and layout the file was made for. */
  meta: 'atlas',
} as const;

export const HEADER_ROWS = 2;
export const FIRST_DATA_ROW = HEADER_ROWS + 1;

export type ColumnType = 'text' | 'number' | 'whole' | 'date' | 'choice';

export interface WorkbookColumn {
  /** The report's field name (as GraphQL and core name it), or an informative column's own key. */
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly type: ColumnType;
  /** Filled in by the zone office; every other column is locked and ignored on reading. */
  readonly fill: boolean;
  readonly width: number;
}

const locked = (key: string, zh: string, en: string, width = 14): WorkbookColumn => ({
  key,
  zh,
  en,
  type: 'text',
  fill: false,
  width,
});
const filled = (key: string, zh: string, en: string, type: ColumnType, width = 16): WorkbookColumn => ({
  key,
  zh,
  en,
  type,
  fill: true,
  width,
});

export const ZONE_COLUMNS: readonly WorkbookColumn[] = [
  filled('fixedAssetInvestmentWan', '固定资产投资(万元)', 'Fixed-asset investment (万元)', 'number', 22),
  filled('mainBusinessRevenueWan', '主营业务收入(万元)', 'Main business revenue (万元)', 'number', 22),
  filled('note', '备注', 'Note', 'text', 50),
];

export const PROJECT_COLUMNS: readonly WorkbookColumn[] = [
  locked('projectId', '项目编号', 'Project ID', 20),
  locked('name', '项目名称', 'Project name', 32),
  locked('currentStatus', '当前状态', 'Current status', 14),
  { ...locked('totalWan', '总投资(万元)', 'Total investment (万元)', 16), type: 'number' },
  { ...locked('acceptedBeforeWan', '此前累计完成(万元)', 'Completed before (万元)', 18), type: 'number' },
  filled('investmentWan', '本月完成投资(万元)', 'Invested this month (万元)', 'number', 20),
  filled('status', '状态变更为', 'Status changed to', 'choice', 18),
  filled('statusChangedOn', '状态变更日期', 'Status changed on', 'date', 16),
  filled('progressText', '形象进度', 'Progress on site', 'text', 36),
  filled('overTotalReason', '超出总投资的说明', 'Reason if above the total', 'text', 30),
];

export const NODE_COLUMNS: readonly WorkbookColumn[] = [
  locked('projectId', '项目编号', 'Project ID', 20),
  locked('projectName', '项目名称', 'Project name', 32),
  locked('node', '节点代码', 'Node code', 22),
  locked('nodeName', '节点', 'Node', 12),
  { ...locked('plannedOn', '计划日期', 'Planned on', 14), type: 'date' },
  { ...locked('reachedOn', '已达成日期', 'Reached on', 14), type: 'date' },
  filled('actualOn', '本月实际达成日期', 'Reached this month on', 'date', 20),
];

export const WORKS_COLUMNS: readonly WorkbookColumn[] = [
  locked('kind', '类别代码', 'Kind code', 18),
  locked('kindName', '类别', 'Kind', 12),
  locked('entityId', '编号', 'ID', 20),
  locked('name', '名称', 'Name', 28),
  filled('progressPercent', '形象进度(%)', 'Progress (%)', 'number', 14),
  filled('unitsStarted', '开工套数', 'Units started', 'whole', 12),
  filled('unitsCompleted', '竣工套数', 'Units completed', 'whole', 12),
  filled('householdsMoved', '已搬迁户数', 'Households moved', 'whole', 12),
  filled('startedOn', '开工日期', 'Started on', 'date', 14),
  filled('completedOn', '竣工日期', 'Completed on', 'date', 14),
  filled('progressText', '进度说明', 'Progress note', 'text', 30),
];

/** Works columns only a relocated village reports; locked on every other works' row. */
export const RELOCATION_ONLY = new Set(['unitsStarted', 'unitsCompleted', 'householdsMoved']);
export const RELOCATION_KIND = 'RELOCATION_SITE';

/** The meta sheet's cells, column B of these rows (column A names them). */
export const META_ROW = { version: 1, zoneCode: 2, month: 3, reportVersion: 4 } as const;

/** Where the guide sheet shows the zone and month (B of these rows), for a refusal to point at. */
export const GUIDE_ROW = { zone: 3, month: 4 } as const;

/**
 * A value offered in a list column, written as `中文 CODE` so the zone office reads Chinese and the
 * reader finds the code whatever the label's language.
 *
 * @example choiceLabel({ code: 'STARTED', zh: '开工' }) // '开工 STARTED'
 */
export function choiceLabel(choice: { readonly code: string; readonly zh: string }): string {
  return `${choice.zh} ${choice.code}`;
}

/** Column letter of a 1-based column index (A … Z, AA …). */
export function columnLetter(index: number): string {
  let n = index;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

import { PROJECT_NODES, type ProjectNode, REPORTED_WORKS_KINDS, type ReportedWorksKind } from '@atlas/data';
import {
  type FilledReportWorkbook,
  type FilledWorks,
  REPORT_WORKBOOK_GUIDE_ROW,
  readReportWorkbook,
  REPORT_WORKBOOK_SHEETS as SHEETS,
  type WorkbookLimits,
  type WorkbookProblem,
} from '@atlas/exchange';
import { requireZonePermission } from '../actor';
import type { CoreContext } from '../context';
import { AtlasError } from '../errors';
import type {
  MonthlyReport,
  ReportNodeLine,
  ReportProjectLine,
  ReportWorksLine,
} from '../reports/report-lines';
import { checkedMonth } from '../reports/report-month';
import { NODE_ZH, type ReportProblem } from '../reports/report-problems';
import { type MonthlyReportInput, saveMonthlyReport } from '../reports/save-monthly-report';
import {
  STATUS_CHOICES,
  type WorkbookProject,
  zoneNamed,
  zoneProjects,
  zoneWorks,
} from './report-workbook-template';

/** One refusal of an upload: the sheet and row as Excel shows them (null when the whole file is meant), and the field. */
export interface WorkbookRefusal {
  readonly sheet: string | null;
  readonly row: number | null;
  readonly field: string | null;
  /** `中文 / English`. */
  readonly message: string;
}

/** What a saved upload answers: the draft as saved, how many lines it holds, and what deserves a word. */
export interface SavedWorkbook {
  readonly report: MonthlyReport;
  readonly lines: number;
  readonly warnings: readonly string[];
}

/** BAD_INPUT carrying every refusal of the file by sheet, row and field; nothing was saved. */
export function workbookRefused(errors: readonly WorkbookRefusal[]): AtlasError {
  return new AtlasError(
    'BAD_INPUT',
    `上传的月报有 ${errors.length} 处问题,未保存 / The uploaded report has ${errors.length} problem${errors.length === 1 ? '' : 's'}; nothing was saved: ${errors.map((e) => e.message).join('; ')}`,
    { errors },
  );
}

/** Where a line sent to `saveMonthlyReport` came from, so its refusals point back at the sheet. */
interface Placed {
  readonly sheet: string;
  readonly row: number | null;
}

interface SentLines {
  readonly input: MonthlyReportInput;
  readonly projects: Placed[];
  readonly nodes: Placed[];
  readonly works: Placed[];
  /** A problem's row as core names it (`<project>`, `<project> <节点> <NODE>`, `<works>`) → its place. */
  readonly byName: Map<string, Placed>;
  readonly warnings: string[];
}

const isNode = (v: string): v is ProjectNode => (PROJECT_NODES as readonly string[]).includes(v);
const isWorksKind = (v: string): v is ReportedWorksKind =>
  (REPORTED_WORKS_KINDS as readonly string[]).includes(v);
const isStatus = (v: string | null): v is ReportProjectLine['status'] & string =>
  v !== null && STATUS_CHOICES.some((c) => c.code === v);

function refusalAt(place: Placed, field: string, zh: string, en: string): WorkbookRefusal {
  const where =
    place.row === null ? `工作表「${place.sheet}」` : `工作表「${place.sheet}」第 ${place.row} 行`;
  const whereEn = place.row === null ? `sheet ${place.sheet}` : `sheet ${place.sheet} row ${place.row}`;
  return { sheet: place.sheet, row: place.row, field, message: `${where} ${zh} / ${whereEn}: ${en}` };
}

/** The file is for another zone or month: refused before any row is read into the report. */
function metaRefusals(filled: FilledReportWorkbook, zoneCode: string, month: string): WorkbookRefusal[] {
  const guide = (row: number) => ({ sheet: SHEETS.guide, row });
  const out: WorkbookRefusal[] = [];
  if (filled.meta.zoneCode !== zoneCode)
    out.push(
      refusalAt(
        guide(REPORT_WORKBOOK_GUIDE_ROW.zone),
        'zoneCode',
        `这是园区 ${filled.meta.zoneCode} 的模板,不能上传到 ${zoneCode}`,
        `this template is for zone ${filled.meta.zoneCode}, not ${zoneCode}`,
      ),
    );
  if (filled.meta.month !== month)
    out.push(
      refusalAt(
        guide(REPORT_WORKBOOK_GUIDE_ROW.month),
        'month',
        `这是 ${filled.meta.month} 的模板,不能上传到 ${month}`,
        `this template is for ${filled.meta.month}, not ${month}`,
      ),
    );
  return out;
}

const hasFigures = (w: FilledWorks) =>
  [
    w.progressPercent,
    w.unitsStarted,
    w.unitsCompleted,
    w.householdsMoved,
    w.startedOn,
    w.completedOn,
    w.progressText,
  ].some((v) => v !== null);

function projectLines(
  filled: FilledReportWorkbook,
  projects: readonly WorkbookProject[],
  sent: SentLines,
  problems: WorkbookRefusal[],
) {
  const names = new Map(projects.map((p) => [p.id, p.name]));
  const lines: ReportProjectLine[] = [];
  for (const p of filled.projects) {
    const place = { sheet: SHEETS.projects, row: p.row };
    if (p.status !== null && !isStatus(p.status))
      problems.push(refusalAt(place, 'status', `未知状态 ${p.status}`, `unknown status ${p.status}`));
    lines.push({
      projectId: p.projectId,
      // An empty month's investment is 0, as the form sends it: the zone says nothing was invested.
      investmentWan: p.investmentWan ?? 0,
      status: isStatus(p.status) ? p.status : null,
      statusChangedOn: p.statusChangedOn,
      progressText: p.progressText,
      overTotalReason: p.overTotalReason,
    });
    sent.projects.push(place);
    const name = names.get(p.projectId);
    if (name && !sent.byName.has(name)) sent.byName.set(name, place);
  }
  const listed = new Set(filled.projects.map((p) => p.projectId));
  for (const p of projects) {
    if (listed.has(p.id)) continue;
    // The form sends every project of the zone; a row deleted from the sheet is sent as nothing invested.
    lines.push({ projectId: p.id, investmentWan: 0 });
    const place = { sheet: SHEETS.projects, row: null };
    sent.projects.push(place);
    sent.byName.set(p.name, place);
    sent.warnings.push(
      `项目「${p.name}」(${p.id}) 不在上传的表中,按本月完成投资 0 保存 / project "${p.name}" (${p.id}) is not in the file: saved with nothing invested this month`,
    );
  }
  return lines;
}

function nodeLines(
  filled: FilledReportWorkbook,
  projects: readonly WorkbookProject[],
  sent: SentLines,
  problems: WorkbookRefusal[],
) {
  const names = new Map(projects.map((p) => [p.id, p.name]));
  const lines: ReportNodeLine[] = [];
  for (const n of filled.nodes) {
    const place = { sheet: SHEETS.nodes, row: n.row };
    if (!isNode(n.node)) {
      problems.push(refusalAt(place, 'node', `未知节点 ${n.node}`, `unknown node ${n.node}`));
      continue;
    }
    lines.push({ projectId: n.projectId, node: n.node, actualOn: n.actualOn });
    sent.nodes.push(place);
    const name = names.get(n.projectId);
    if (name) sent.byName.set(`${name} ${NODE_ZH[n.node]} ${n.node}`, place);
  }
  return lines;
}

function worksLines(
  filled: FilledReportWorkbook,
  names: ReadonlyMap<string, string>,
  sent: SentLines,
  problems: WorkbookRefusal[],
) {
  const lines: ReportWorksLine[] = [];
  for (const w of filled.works.filter(hasFigures)) {
    const place = { sheet: SHEETS.works, row: w.row };
    if (!isWorksKind(w.kind)) {
      problems.push(refusalAt(place, 'kind', `未知类别 ${w.kind}`, `unknown kind ${w.kind}`));
      continue;
    }
    const { row: _row, ...line } = w;
    lines.push({ ...line, kind: w.kind });
    sent.works.push(place);
    const name = names.get(`${w.kind}:${w.entityId}`);
    if (name && !sent.byName.has(name)) sent.byName.set(name, place);
  }
  return lines;
}

const ZONE_ROW = /zone totals|园区合计/;
const PLACE = /^(projects|nodes|works)\[(\d+)\]/;

/** Where core's problem belongs in the file. */
function placeOf(row: string, sent: SentLines, zoneRow: number): Placed {
  if (ZONE_ROW.test(row)) return { sheet: SHEETS.zone, row: zoneRow };
  const indexed = PLACE.exec(row);
  if (indexed) {
    const list = sent[indexed[1] as 'projects' | 'nodes' | 'works'];
    return list[Number(indexed[2])] ?? { sheet: SHEETS.projects, row: null };
  }
  return sent.byName.get(row) ?? { sheet: SHEETS.projects, row: null };
}

/** Core's words for a problem, put at its sheet and row. */
function placedProblem(p: ReportProblem, sent: SentLines, zoneRow: number): WorkbookRefusal {
  const at = p.message.indexOf(' / ');
  const [zh, en] = at < 0 ? [p.message, p.message] : [p.message.slice(0, at), p.message.slice(at + 3)];
  return refusalAt(placeOf(p.row, sent, zoneRow), p.field, zh, en);
}

/** A refusal of `saveMonthlyReport` in the file's terms, or the error as it was. */
function inFileTerms(error: unknown, sent: SentLines, zoneRow: number): unknown {
  if (!(error instanceof AtlasError)) return error;
  if (error.code === 'STALE_VERSION')
    return new AtlasError(
      'STALE_VERSION',
      `下载模板后本月草稿已在别处修改(模板为第 ${sent.input.version ?? 0} 版),请重新下载模板并填写 / The month's draft changed after this template was downloaded (the template has version ${sent.input.version ?? 0}): download the template again`,
      error.details,
    );
  if (error.code !== 'BAD_INPUT') return error;
  const problems = error.details?.problems;
  if (Array.isArray(problems))
    return workbookRefused((problems as ReportProblem[]).map((p) => placedProblem(p, sent, zoneRow)));
  const field = typeof error.details?.field === 'string' ? error.details.field : null;
  const indexed = field ? /^(projects|works)\[(\d+)\]\.(\w+)$/.exec(field) : null;
  if (indexed) {
    const place = sent[indexed[1] as 'projects' | 'works'][Number(indexed[2])];
    if (place) return workbookRefused([{ ...place, field: indexed[3] ?? null, message: error.message }]);
  }
  if (field === 'note')
    return workbookRefused([{ sheet: SHEETS.zone, row: zoneRow, field, message: error.message }]);
  return error;
}

/**
 * A filled template saved as the zone's DRAFT for the month, through `saveMonthlyReport` (the form's
 * own save), so the same permission (a zone reporter: only its own zone), the same state rule (only
 * a draft or a returned report changes) and the same checks apply. The file must be the template of
 * this zone and month and of the draft's current version. Every refusal names the sheet, the row as
 * Excel numbers it, and the field; nothing is saved then.
 *
 * @example const { report, lines } = await saveReportWorkbook(ctx, 'shenqiu', '2014-09', bytes);
 */
export async function saveReportWorkbook(
  ctx: CoreContext,
  zoneCode: string,
  month: string,
  bytes: Uint8Array,
  limits?: WorkbookLimits,
): Promise<SavedWorkbook> {
  requireZonePermission(ctx.actor, 'writeZoneReport', zoneCode);
  const checked = checkedMonth(month);
  await zoneNamed(ctx.db, zoneCode);
  const filled = await readReportWorkbook(bytes, { statuses: STATUS_CHOICES, ...(limits ? { limits } : {}) });
  const wrongFile = metaRefusals(filled, zoneCode, checked);
  if (wrongFile.length > 0) throw workbookRefused(wrongFile);
  const [projects, works] = await Promise.all([
    zoneProjects(ctx.db, zoneCode, checked),
    zoneWorks(ctx.db, zoneCode),
  ]);
  const problems: WorkbookRefusal[] = filled.problems.map((p: WorkbookProblem) => ({ ...p }));
  const sent: SentLines = {
    input: { zoneCode, month: checked, projects: [], nodes: [], works: [] },
    projects: [],
    nodes: [],
    works: [],
    byName: new Map(),
    warnings: [...filled.warnings],
  };
  const input: MonthlyReportInput = {
    zoneCode,
    month: checked,
    version: filled.meta.reportVersion,
    fixedAssetInvestmentWan: filled.figures.fixedAssetInvestmentWan,
    mainBusinessRevenueWan: filled.figures.mainBusinessRevenueWan,
    note: filled.figures.note,
    projects: projectLines(filled, projects, sent, problems),
    nodes: nodeLines(filled, projects, sent, problems),
    works: worksLines(filled, new Map(works.map((w) => [`${w.kind}:${w.entityId}`, w.name])), sent, problems),
  };
  if (problems.length > 0) throw workbookRefused(problems);
  const placed = { ...sent, input };
  try {
    const report = await saveMonthlyReport(ctx, input);
    const lines = report.projects.length + report.nodes.length + report.works.length;
    return { report, lines, warnings: sent.warnings };
  } catch (error) {
    throw inFileTerms(error, placed, filled.figures.row);
  }
}

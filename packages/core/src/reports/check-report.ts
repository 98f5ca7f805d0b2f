import { PROJECT_NODES, PROJECT_STATUSES, type ProjectNode } from '@atlas/data';
import { type ReportFacts, worksKey } from './report-facts';
import type { ReportLines, ReportProjectLine, ReportWorksLine } from './report-lines';
import { monthDays } from './report-month';
import { NODE_ZH, type ReportProblem, reportProblem } from './report-problems';

/** The zone-wide figures of a report, 万元. */
export interface ZoneFigures {
  readonly fixedAssetInvestmentWan?: number | null;
  readonly mainBusinessRevenueWan?: number | null;
}

const ZONE_ROW = '园区合计 zone totals';

const isMoney = (v: number) => Number.isFinite(v) && v >= 0 && v < 1e11;
const isCount = (v: number) => Number.isInteger(v) && v >= 0;

type Push = (field: string, zh: string, en: string) => void;

function zoneProblems(figures: ZoneFigures, out: ReportProblem[]): void {
  for (const field of ['fixedAssetInvestmentWan', 'mainBusinessRevenueWan'] as const) {
    const v = figures[field];
    if (v != null && !isMoney(v))
      out.push(reportProblem(ZONE_ROW, field, '须为非负金额(万元)', 'must be an amount ≥ 0 (万元)'));
  }
}

function projectLineProblems(l: ReportProjectLine, month: { first: string; last: string }, push: Push): void {
  if (!isMoney(l.investmentWan)) push('investmentWan', '不能为负', 'must not be negative');
  if ((l.status == null) !== (l.statusChangedOn == null))
    push(
      'statusChangedOn',
      '状态与变更日期须同时填写',
      'a status change needs its date, and a date its status',
    );
  if (l.statusChangedOn && (l.statusChangedOn < month.first || l.statusChangedOn > month.last))
    push(
      'statusChangedOn',
      `须在本月内(${month.first}–${month.last})`,
      `must be inside the month (${month.first}–${month.last})`,
    );
}

function worksLineProblems(w: ReportWorksLine, month: { last: string }, push: Push): void {
  if (w.progressPercent != null && !(w.progressPercent >= 0 && w.progressPercent <= 100))
    push('progressPercent', '须在 0–100 之间', 'must be between 0 and 100');
  for (const field of ['unitsStarted', 'unitsCompleted', 'householdsMoved'] as const) {
    const v = w[field];
    if (v != null && !isCount(v)) push(field, '须为非负整数', 'must be a whole number ≥ 0');
  }
  if (w.unitsStarted != null && w.unitsCompleted != null && w.unitsCompleted > w.unitsStarted)
    push(
      'unitsCompleted',
      `竣工 ${w.unitsCompleted} 套多于开工 ${w.unitsStarted} 套`,
      `${w.unitsCompleted} completed is more than ${w.unitsStarted} started`,
    );
  for (const field of ['startedOn', 'completedOn'] as const) {
    const on = w[field];
    if (on && on > month.last)
      push(field, `不能晚于本月末 ${month.last}`, `must not be after the month's end ${month.last}`);
  }
  if (w.startedOn && w.completedOn && w.completedOn < w.startedOn)
    push('completedOn', '早于开工日期', 'is before the start date');
}

/**
 * What is wrong with a report's lines on their own (no other record consulted): money not negative,
 * status changes dated inside the month, node dates inside the month, progress 0–100, counts whole,
 * completed ≤ started, no record named twice. Saving a draft runs these, so a draft never holds
 * what the database would refuse; submitting runs them again with `recordProblems`.
 */
export function lineProblems(
  month: string,
  figures: ZoneFigures,
  lines: ReportLines,
  facts: ReportFacts,
): ReportProblem[] {
  const out: ReportProblem[] = [];
  const days = monthDays(month);
  zoneProblems(figures, out);
  const seen = new Set<string>();
  lines.projects.forEach((l, i) => {
    const row = facts.projects.get(l.projectId)?.name ?? `projects[${i}]`;
    const push: Push = (f, zh, en) => out.push(reportProblem(row, f, zh, en));
    if (seen.has(l.projectId)) push('projectId', '同一项目填了两行', 'the project is listed twice');
    seen.add(l.projectId);
    projectLineProblems(l, days, push);
  });
  const seenNodes = new Set<string>();
  lines.nodes.forEach((l, i) => {
    const row = `${facts.projects.get(l.projectId)?.name ?? `nodes[${i}]`} ${NODE_ZH[l.node]} ${l.node}`;
    const push: Push = (f, zh, en) => out.push(reportProblem(row, f, zh, en));
    const key = `${l.projectId}:${l.node}`;
    if (seenNodes.has(key)) push('node', '同一节点填了两行', 'the node is listed twice');
    seenNodes.add(key);
    if (l.actualOn < days.first || l.actualOn > days.last)
      push(
        'actualOn',
        `须在本月内(${days.first}–${days.last})`,
        `must be inside the month (${days.first}–${days.last})`,
      );
  });
  const seenWorks = new Set<string>();
  lines.works.forEach((w, i) => {
    const key = worksKey(w.kind, w.entityId);
    const row = facts.works.get(key)?.name ?? `works[${i}]`;
    const push: Push = (f, zh, en) => out.push(reportProblem(row, f, zh, en));
    if (seenWorks.has(key)) push('entityId', '同一工程填了两行', 'the works is listed twice');
    seenWorks.add(key);
    worksLineProblems(w, days, push);
  });
  return out;
}

function statusProblems(l: ReportProjectLine, facts: ReportFacts, push: Push): void {
  const p = facts.projects.get(l.projectId);
  if (!p || !l.status) return;
  if (PROJECT_STATUSES.indexOf(l.status) < PROJECT_STATUSES.indexOf(p.status))
    push(
      'status',
      `不能从 ${p.status} 退回 ${l.status}`,
      `may only move forward, not from ${p.status} back to ${l.status}`,
    );
  if (l.statusChangedOn && p.lastStatusOn && l.statusChangedOn < p.lastStatusOn)
    push(
      'statusChangedOn',
      `早于上次状态变更 ${p.lastStatusOn}`,
      `is before the last status change on ${p.lastStatusOn}`,
    );
}

function cumulativeProblems(l: ReportProjectLine, facts: ReportFacts, push: Push): void {
  const p = facts.projects.get(l.projectId);
  if (!p || !isMoney(l.investmentWan)) return;
  const cumulative = Math.round((p.acceptedBeforeWan + l.investmentWan) * 100) / 100;
  if (cumulative > p.totalWan && !l.overTotalReason?.trim())
    push(
      'overTotalReason',
      `累计完成 ${cumulative} 万元超过总投资 ${p.totalWan} 万元,须说明原因`,
      `cumulative ${cumulative} 万元 is above the total investment ${p.totalWan} 万元: give the reason`,
    );
}

/** Every node date of a project once this report counts: the ones reached, then this report's. */
function nodeProblems(lines: ReportLines, facts: ReportFacts, out: ReportProblem[]): void {
  for (const l of lines.nodes) {
    const p = facts.projects.get(l.projectId);
    if (!p) continue;
    const row = `${p.name} ${NODE_ZH[l.node]} ${l.node}`;
    const push: Push = (f, zh, en) => out.push(reportProblem(row, f, zh, en));
    const already = p.reached.get(l.node);
    if (already) {
      push(
        'node',
        `已于 ${already} 达到,不能重新填报日期`,
        `was already reached on ${already} and cannot be dated again`,
      );
      continue;
    }
    const dates = new Map<ProjectNode, string>(p.reached);
    for (const other of lines.nodes)
      if (other !== l && other.projectId === l.projectId && !dates.has(other.node))
        dates.set(other.node, other.actualOn);
    const at = PROJECT_NODES.indexOf(l.node);
    for (const [node, on] of dates) {
      const before = PROJECT_NODES.indexOf(node) < at;
      if (before && on > l.actualOn)
        push(
          'actualOn',
          `早于前一节点 ${NODE_ZH[node]}(${on})`,
          `is before the earlier node ${node} (${on})`,
        );
      if (!before && node !== l.node && on < l.actualOn)
        push('actualOn', `晚于后一节点 ${NODE_ZH[node]}(${on})`, `is after the later node ${node} (${on})`);
    }
  }
}

function worksRecordProblems(w: ReportWorksLine, facts: ReportFacts, push: Push): void {
  const f = facts.works.get(worksKey(w.kind, w.entityId));
  if (!f) return;
  if (w.progressPercent != null && f.lastAcceptedPercent != null && w.progressPercent < f.lastAcceptedPercent)
    push(
      'progressPercent',
      `低于上月已采纳的 ${f.lastAcceptedPercent}%`,
      `is below the ${f.lastAcceptedPercent}% last accepted`,
    );
  const started = w.unitsStarted ?? f.unitsStarted;
  const completed = w.unitsCompleted ?? f.unitsCompleted;
  if (
    started != null &&
    completed != null &&
    completed > started &&
    (w.unitsStarted == null || w.unitsCompleted == null)
  )
    push(
      'unitsCompleted',
      `竣工 ${completed} 套多于开工 ${started} 套`,
      `${completed} completed is more than ${started} started`,
    );
  if (started != null && f.unitsPlanned != null && started > f.unitsPlanned)
    push(
      'unitsStarted',
      `开工 ${started} 套多于计划 ${f.unitsPlanned} 套`,
      `${started} started is more than the ${f.unitsPlanned} planned`,
    );
  if (w.householdsMoved != null && f.households != null && w.householdsMoved > f.households)
    push(
      'householdsMoved',
      `已搬迁 ${w.householdsMoved} 户多于总户数 ${f.households}`,
      `${w.householdsMoved} moved is more than the ${f.households} households`,
    );
  if (
    w.kind !== 'RELOCATION_SITE' &&
    (w.unitsStarted != null || w.unitsCompleted != null || w.householdsMoved != null)
  )
    push('unitsStarted', '只有迁并村庄填报套数和户数', 'only relocation sites report units and households');
}

/**
 * What is wrong with a report against the records it changes: status only forward and not dated
 * before the last change; cumulative investment (accepted earlier months + this one) not above the
 * project's total without a reason; nodes not reached already and in PROJECT_NODES order with the
 * dates already reached; units started ≤ planned, completed ≤ started, households moved ≤
 * households; progress not below the last accepted month's.
 */
export function recordProblems(lines: ReportLines, facts: ReportFacts): ReportProblem[] {
  const out: ReportProblem[] = [];
  for (const l of lines.projects) {
    const p = facts.projects.get(l.projectId);
    if (!p) continue;
    const push: Push = (f, zh, en) => out.push(reportProblem(p.name, f, zh, en));
    statusProblems(l, facts, push);
    cumulativeProblems(l, facts, push);
  }
  nodeProblems(lines, facts, out);
  for (const w of lines.works) {
    const name = facts.works.get(worksKey(w.kind, w.entityId))?.name;
    if (!name) continue;
    worksRecordProblems(w, facts, (f, zh, en) => out.push(reportProblem(name, f, zh, en)));
  }
  return out;
}

import type { ProjectNode, ReportedWorksKind } from '@atlas/data/reporting-vocabulary';
import type { ProjectStatus } from '@atlas/data/vocabulary';
import { readFigure } from './figures';

/** A project of the zone as the form needs it: its name, and its total to check the month against. */
export interface ZoneProject {
  readonly id: string;
  readonly name: string;
  readonly status: ProjectStatus;
  /** 总投资, 万元. */
  readonly totalWan: number;
}

/** A road, grid project, facility or relocated village of the zone. */
export interface ZoneWorks {
  readonly kind: ReportedWorksKind;
  readonly entityId: string;
  readonly name: string;
}

/** A saved report's lines as the API returns them (`MonthlyReport`), the parts the form fills. */
export interface SavedLines {
  readonly fixedAssetInvestmentWan?: number | null;
  readonly mainBusinessRevenueWan?: number | null;
  readonly note?: string | null;
  readonly projects: readonly {
    readonly project: { readonly id: string };
    readonly investmentWan: number;
    readonly status?: ProjectStatus | null;
    readonly statusChangedOn?: string | null;
    readonly progressText?: string | null;
    readonly overTotalReason?: string | null;
  }[];
  readonly nodes: readonly {
    readonly project: { readonly id: string };
    readonly node: ProjectNode;
    readonly actualOn: string;
  }[];
  readonly works: readonly {
    readonly kind: ReportedWorksKind;
    readonly entityId: string;
    readonly progressPercent?: number | null;
    readonly unitsStarted?: number | null;
    readonly unitsCompleted?: number | null;
    readonly householdsMoved?: number | null;
    readonly startedOn?: string | null;
    readonly completedOn?: string | null;
    readonly progressText?: string | null;
  }[];
}

/** One project's row as typed: every figure as text until it is sent. */
export interface ProjectRow {
  readonly projectId: string;
  readonly name: string;
  readonly totalWan: number;
  readonly investmentWan: string;
  /** '' for no change this month. */
  readonly status: ProjectStatus | '';
  readonly statusChangedOn: string;
  readonly progressText: string;
  readonly overTotalReason: string;
}

/** A node reached this month. `key` tells rows apart while the node is still being chosen. */
export interface NodeRow {
  readonly key: string;
  readonly projectId: string;
  readonly node: ProjectNode | '';
  readonly actualOn: string;
}

export const WORKS_FIGURES = [
  'progressPercent',
  'unitsStarted',
  'unitsCompleted',
  'householdsMoved',
] as const;
export type WorksFigure = (typeof WORKS_FIGURES)[number];

export interface WorksRow extends Record<WorksFigure, string> {
  readonly kind: ReportedWorksKind;
  readonly entityId: string;
  readonly name: string;
  readonly startedOn: string;
  readonly completedOn: string;
  readonly progressText: string;
}

/** The whole form. */
export interface ReportDraft {
  readonly fixedAssetInvestmentWan: string;
  readonly mainBusinessRevenueWan: string;
  readonly note: string;
  readonly projects: readonly ProjectRow[];
  readonly nodes: readonly NodeRow[];
  readonly works: readonly WorksRow[];
}

/** Which row of the form a problem belongs to. */
export type RowKey = 'zone' | `project:${string}` | `node:${string}` | `works:${string}`;

export const projectKey = (id: string): RowKey => `project:${id}`;
export const nodeKey = (key: string): RowKey => `node:${key}`;
export const worksKey = (kind: string, id: string): RowKey => `works:${kind}:${id}`;

const text = (v: number | string | null | undefined) => (v === null || v === undefined ? '' : String(v));

/**
 * The form for a zone's month: one row per project of the zone and per works, filled from the saved
 * report where there is one. A project the saved report has no line for starts empty; a line for a
 * project no longer in the zone is dropped (the API would refuse it).
 *
 * @example
 * draftOf(null, [{ id: 'p1', name: '示例项目', status: 'STARTED', totalWan: 50000 }], []).projects[0]?.investmentWan; // ''
 */
export function draftOf(
  saved: SavedLines | null,
  projects: readonly ZoneProject[],
  works: readonly ZoneWorks[],
): ReportDraft {
  const lines = new Map(saved?.projects.map((l) => [l.project.id, l]));
  const worksLines = new Map(saved?.works.map((w) => [`${w.kind}:${w.entityId}`, w]));
  return {
    fixedAssetInvestmentWan: text(saved?.fixedAssetInvestmentWan),
    mainBusinessRevenueWan: text(saved?.mainBusinessRevenueWan),
    note: text(saved?.note),
    projects: projects.map((p) => {
      const line = lines.get(p.id);
      return {
        projectId: p.id,
        name: p.name,
        totalWan: p.totalWan,
        investmentWan: text(line?.investmentWan),
        status: line?.status ?? '',
        statusChangedOn: text(line?.statusChangedOn),
        progressText: text(line?.progressText),
        overTotalReason: text(line?.overTotalReason),
      };
    }),
    nodes: (saved?.nodes ?? []).map((n, i) => ({
      key: `saved-${i}`,
      projectId: n.project.id,
      node: n.node,
      actualOn: n.actualOn,
    })),
    works: works.map((w) => {
      const line = worksLines.get(`${w.kind}:${w.entityId}`);
      return {
        kind: w.kind,
        entityId: w.entityId,
        name: w.name,
        progressPercent: text(line?.progressPercent),
        unitsStarted: text(line?.unitsStarted),
        unitsCompleted: text(line?.unitsCompleted),
        householdsMoved: text(line?.householdsMoved),
        startedOn: text(line?.startedOn),
        completedOn: text(line?.completedOn),
        progressText: text(line?.progressText),
      };
    }),
  };
}

/** What `saveMonthlyReport` takes (`MonthlyReportInput`). */
export interface ReportInput {
  zoneCode: string;
  month: string;
  version?: number | null;
  fixedAssetInvestmentWan?: number | null;
  mainBusinessRevenueWan?: number | null;
  note?: string | null;
  projects: {
    projectId: string;
    investmentWan: number;
    status?: ProjectStatus | null;
    statusChangedOn?: string | null;
    progressText?: string | null;
    overTotalReason?: string | null;
  }[];
  nodes: { projectId: string; node: ProjectNode; actualOn: string }[];
  works: {
    kind: ReportedWorksKind;
    entityId: string;
    progressPercent?: number | null;
    unitsStarted?: number | null;
    unitsCompleted?: number | null;
    householdsMoved?: number | null;
    startedOn?: string | null;
    completedOn?: string | null;
    progressText?: string | null;
  }[];
}

/** A problem found in the form before anything is sent: a figure that is not one, a node not chosen. */
export interface FormProblem {
  readonly row: RowKey;
  readonly field: string;
  readonly kind: 'notANumber' | 'required';
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** Reads figures off the form, noting each one that is not a number. */
function figureReader(problems: FormProblem[]) {
  return (row: RowKey, field: string, typed: string, whole = false): number | null => {
    const figure = readFigure(typed, { whole });
    if (figure.kind === 'invalid') problems.push({ row, field, kind: 'notANumber' });
    return figure.kind === 'number' ? figure.value : null;
  };
}

function worksLine(w: WorksRow, read: ReturnType<typeof figureReader>): ReportInput['works'][number] | null {
  const key = worksKey(w.kind, w.entityId);
  const line = {
    kind: w.kind,
    entityId: w.entityId,
    progressPercent: read(key, 'progressPercent', w.progressPercent),
    unitsStarted: read(key, 'unitsStarted', w.unitsStarted, true),
    unitsCompleted: read(key, 'unitsCompleted', w.unitsCompleted, true),
    householdsMoved: read(key, 'householdsMoved', w.householdsMoved, true),
    startedOn: orNull(w.startedOn),
    completedOn: orNull(w.completedOn),
    progressText: orNull(w.progressText),
  };
  // A works nobody wrote anything for this month has nothing to report: it is not sent.
  const { kind: _k, entityId: _e, ...figures } = line;
  return Object.values(figures).some((v) => v !== null) ? line : null;
}

/**
 * The form as the API takes it, or the problems that keep it from being sent. Every project goes,
 * an empty month's investment as 0 (the zone says nothing was invested, rather than leaving the
 * project out); works go only when something was written for them.
 *
 * @example
 * const { input, problems } = inputOf(draft, 'taikang', '2014-09', 3);
 */
export function inputOf(
  draft: ReportDraft,
  zoneCode: string,
  month: string,
  version: number | null,
): { input: ReportInput; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const read = figureReader(problems);
  const projects = draft.projects.map((p) => ({
    projectId: p.projectId,
    investmentWan: read(projectKey(p.projectId), 'investmentWan', p.investmentWan) ?? 0,
    status: p.status === '' ? null : p.status,
    statusChangedOn: orNull(p.statusChangedOn),
    progressText: orNull(p.progressText),
    overTotalReason: orNull(p.overTotalReason),
  }));
  const nodes: ReportInput['nodes'] = [];
  for (const n of draft.nodes) {
    if (n.node === '') problems.push({ row: nodeKey(n.key), field: 'node', kind: 'required' });
    if (n.actualOn.trim() === '') problems.push({ row: nodeKey(n.key), field: 'actualOn', kind: 'required' });
    if (n.node !== '' && n.actualOn.trim() !== '')
      nodes.push({ projectId: n.projectId, node: n.node, actualOn: n.actualOn.trim() });
  }
  const works = draft.works.map((w) => worksLine(w, read)).filter((w) => w !== null);
  const input: ReportInput = {
    zoneCode,
    month,
    version,
    fixedAssetInvestmentWan: read('zone', 'fixedAssetInvestmentWan', draft.fixedAssetInvestmentWan),
    mainBusinessRevenueWan: read('zone', 'mainBusinessRevenueWan', draft.mainBusinessRevenueWan),
    note: orNull(draft.note),
    projects,
    nodes,
    works,
  };
  return { input, problems };
}

/**
 * The rows a read-only report shows: those the zone wrote something in (a month's investment other
 * than 0, a status change, a text), so a planner reads what was reported, not every empty row.
 *
 * @example filledRows(draft).projects.length; // the projects with something reported
 */
export function filledRows(draft: ReportDraft): ReportDraft {
  const written = (...values: string[]) => values.some((v) => v.trim() !== '');
  return {
    ...draft,
    projects: draft.projects.filter(
      (p) =>
        !['', '0'].includes(p.investmentWan.trim()) ||
        written(p.status, p.statusChangedOn, p.progressText, p.overTotalReason),
    ),
    works: draft.works.filter((w) =>
      written(...WORKS_FIGURES.map((f) => w[f]), w.startedOn, w.completedOn, w.progressText),
    ),
  };
}

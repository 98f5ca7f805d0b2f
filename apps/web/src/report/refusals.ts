import type { Locale } from '../i18n/locale';
import { nodeKey, projectKey, type ReportDraft, type RowKey, worksKey } from './report-draft';

/** One problem as the API lists it in a refusal's `extensions.problems`. */
export interface ApiProblem {
  /** The row as a reader finds it: a project's or works' name, `<project> <节点> <NODE>`, or the zone's totals. */
  readonly row: string;
  readonly field: string;
  /** `中文 / English`. */
  readonly message: string;
}

/** A problem placed on the form: the row and field it is shown beside, or the summary only (`row` null). */
export interface PlacedProblem {
  readonly row: RowKey | null;
  readonly field: string;
  readonly message: string;
}

/**
 * The problems a refusal lists, if it lists any (`extensions.problems` of a BAD_USER_INPUT).
 *
 * @example apiProblems({ problems: [{ row: '示例项目', field: 'investmentWan', message: '…' }] }).length; // 1
 */
export function apiProblems(extensions: Record<string, unknown> | undefined): ApiProblem[] {
  const list = extensions?.problems;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (p): p is ApiProblem =>
      typeof p === 'object' &&
      p !== null &&
      typeof p.row === 'string' &&
      typeof p.field === 'string' &&
      typeof p.message === 'string',
  );
}

// The API names the zone-wide row '园区合计 zone totals'; a refusal of a whole-report field (the
// month, the version) names no row at all.
const ZONE_ROW = /zone totals|园区合计/;
// When a line's record is unknown the API names it by its place in what was sent: `projects[3]`.
const PLACE = /^(projects|nodes|works)\[(\d+)\]/;

/**
 * Where each of the API's problems goes on the form. The API names rows as a reader would (the
 * project's name), so they are matched by name against the rows sent; a problem whose row is not
 * on the form stays in the summary at the top only.
 *
 * @example
 * placeProblems([{ row: '示例项目001', field: 'investmentWan', message: '…' }], draft, sent)[0]?.row; // 'project:demo-001'
 */
export function placeProblems(
  problems: readonly ApiProblem[],
  draft: ReportDraft,
  sent: { readonly works: readonly { kind: string; entityId: string }[] },
): PlacedProblem[] {
  return problems.map((p) => ({ row: rowOf(p, draft, sent), field: p.field, message: p.message }));
}

function rowOf(
  p: ApiProblem,
  draft: ReportDraft,
  sent: { readonly works: readonly { kind: string; entityId: string }[] },
): RowKey | null {
  if (ZONE_ROW.test(p.row)) return 'zone';
  const place = PLACE.exec(p.row);
  if (place) {
    const index = Number(place[2]);
    if (place[1] === 'projects') return rowKeyOr(draft.projects[index]?.projectId, projectKey);
    if (place[1] === 'nodes') return rowKeyOr(draft.nodes[index]?.key, nodeKey);
    const works = sent.works[index];
    return works ? worksKey(works.kind, works.entityId) : null;
  }
  const node = draft.nodes.find((n) => {
    const name = draft.projects.find((r) => r.projectId === n.projectId)?.name;
    return (
      name !== undefined && n.node !== '' && p.row.startsWith(`${name} `) && p.row.endsWith(` ${n.node}`)
    );
  });
  if (node) return nodeKey(node.key);
  const project = draft.projects.find((r) => r.name === p.row);
  if (project) return projectKey(project.projectId);
  const works = draft.works.find((w) => w.name === p.row);
  return works ? worksKey(works.kind, works.entityId) : null;
}

function rowKeyOr(id: string | undefined, key: (id: string) => RowKey): RowKey | null {
  return id === undefined ? null : key(id);
}

/**
 * One language's half of a bilingual message (`中文 / English`); a message in one language only is
 * shown as it is.
 *
 * @example inLocale('不能为负 / must not be negative', 'en'); // 'must not be negative'
 */
export function inLocale(message: string, locale: Locale): string {
  const at = message.indexOf(' / ');
  if (at < 0) return message;
  return locale === 'zh' ? message.slice(0, at) : message.slice(at + 3);
}

import type { Locale } from '../i18n/locale';

/** The red list of one zone as the API gives it (`redList`): only what the meeting screen reads. */
export interface RedListZoneInput {
  readonly zone: { readonly code: string };
  readonly behindProjects: readonly {
    readonly project: { readonly id: string; readonly name: string };
    readonly pointsAhead?: number | null;
  }[];
  readonly overdueNodes: readonly {
    readonly project: { readonly id: string; readonly name: string };
    readonly node: { readonly node: string; readonly plannedOn?: string | null };
  }[];
  readonly overdueProblems: readonly {
    readonly id: string;
    readonly project: { readonly id: string; readonly name: string };
    readonly description: string;
    readonly dueOn: string;
  }[];
}

/** One line of the red list: what is wrong, and the link to its place on the map. */
export type RedListItem =
  | {
      readonly kind: 'behind';
      readonly key: string;
      readonly href: string;
      readonly name: string;
      readonly pointsAhead: number | null;
    }
  | {
      readonly kind: 'node';
      readonly key: string;
      readonly href: string;
      readonly name: string;
      readonly node: string;
      readonly plannedOn: string | null;
    }
  | {
      readonly kind: 'problem';
      readonly key: string;
      readonly href: string;
      readonly name: string;
      readonly description: string;
      readonly dueOn: string;
    };

/** A zone's heading on the red list with its items; zones with nothing on the list are left out. */
export interface RedListGroup {
  readonly zoneCode: string;
  /** The zone on the map, coloured by time progress. */
  readonly href: string;
  readonly items: readonly RedListItem[];
}

const lang = (locale: Locale) => (locale === 'en' ? '&lang=en' : '');

/**
 * Where a red-list item sits on the map: the project's panel (`/?project=…`), which the map opens
 * and flies to, or the zone's (`/?zone=…`) with the zones coloured by time progress.
 *
 * @example
 * mapLink({ project: 'p-1' }, 'en'); // '/?project=p-1&lang=en'
 * mapLink({ zone: 'taikang' }, 'zh'); // '/?zone=taikang&colour=progress'
 */
export function mapLink(target: { project: string } | { zone: string }, locale: Locale): string {
  if ('project' in target) return `/?project=${encodeURIComponent(target.project)}${lang(locale)}`;
  return `/?zone=${encodeURIComponent(target.zone)}&colour=progress${lang(locale)}`;
}

/**
 * The red list grouped by zone, in the API's zone order: projects behind time progress (furthest
 * behind first), then overdue nodes, then overdue problems, each a link to its place on the map.
 *
 * @example
 * redListGroups([{ zone: { code: 'taikang' }, behindProjects: [], overdueNodes: [], overdueProblems: [
 *   { id: '7', project: { id: 'p-1', name: '某项目' }, description: '用地未落实', dueOn: '2014-08-31' }] }], 'zh')
 * // [{ zoneCode: 'taikang', href: '/?zone=taikang&colour=progress', items: [{ kind: 'problem', href: '/?project=p-1', … }] }]
 */
export function redListGroups(zones: readonly RedListZoneInput[], locale: Locale): RedListGroup[] {
  return zones
    .map((z) => ({
      zoneCode: z.zone.code,
      href: mapLink({ zone: z.zone.code }, locale),
      items: [
        ...[...z.behindProjects]
          .sort((a, b) => (a.pointsAhead ?? 0) - (b.pointsAhead ?? 0))
          .map(
            (row): RedListItem => ({
              kind: 'behind',
              key: `behind:${row.project.id}`,
              href: mapLink({ project: row.project.id }, locale),
              name: row.project.name,
              pointsAhead: row.pointsAhead ?? null,
            }),
          ),
        ...z.overdueNodes.map(
          (row): RedListItem => ({
            kind: 'node',
            key: `node:${row.project.id}:${row.node.node}`,
            href: mapLink({ project: row.project.id }, locale),
            name: row.project.name,
            node: row.node.node,
            plannedOn: row.node.plannedOn ?? null,
          }),
        ),
        ...z.overdueProblems.map(
          (row): RedListItem => ({
            kind: 'problem',
            key: `problem:${row.id}`,
            href: mapLink({ project: row.project.id }, locale),
            name: row.project.name,
            description: row.description,
            dueOn: row.dueOn,
          }),
        ),
      ],
    }))
    .filter((g) => g.items.length > 0);
}

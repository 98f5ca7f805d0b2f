import { schema } from '@atlas/db';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { badInput } from '../errors';

const {
  counties,
  zones,
  projects,
  roadLinks,
  gridProjects,
  facilities,
  relocationSites,
  housingProjects,
  rivers,
} = schema;

export interface LayerSpec {
  readonly table: PgTable;
  /** The column drawn on the map and used by spatial filters. */
  readonly geometry: PgColumn;
  readonly id: PgColumn;
  readonly name: PgColumn;
  /** A column that narrows a layer to one kind ("SEWAGE_PLANT", "SUBSTATION"), when it has one. */
  readonly kind?: PgColumn;
  /** The entity name written in the audit log and in messages. */
  readonly entity: string;
}

/** Every map layer, by the name GraphQL and the spatial filters use for it. */
export const LAYERS = {
  COUNTIES: {
    table: counties,
    geometry: counties.boundary,
    id: counties.adcode,
    name: counties.name,
    entity: 'county',
  },
  ZONES: { table: zones, geometry: zones.footprint, id: zones.code, name: zones.name, entity: 'zone' },
  PROJECTS: {
    table: projects,
    geometry: projects.geometry,
    id: projects.id,
    name: projects.name,
    entity: 'project',
  },
  ROAD_LINKS: {
    table: roadLinks,
    geometry: roadLinks.geometry,
    id: roadLinks.id,
    name: roadLinks.name,
    kind: roadLinks.kind,
    entity: 'road link',
  },
  GRID_PROJECTS: {
    table: gridProjects,
    geometry: gridProjects.geometry,
    id: gridProjects.id,
    name: gridProjects.name,
    kind: gridProjects.kind,
    entity: 'grid project',
  },
  FACILITIES: {
    table: facilities,
    geometry: facilities.location,
    id: facilities.id,
    name: facilities.name,
    kind: facilities.kind,
    entity: 'facility',
  },
  RELOCATION_SITES: {
    table: relocationSites,
    geometry: relocationSites.origin,
    id: relocationSites.id,
    name: relocationSites.villageName,
    entity: 'relocation site',
  },
  HOUSING_PROJECTS: {
    table: housingProjects,
    geometry: housingProjects.location,
    id: housingProjects.id,
    name: housingProjects.name,
    kind: housingProjects.kind,
    entity: 'housing project',
  },
  RIVERS: {
    table: rivers,
    geometry: rivers.geometry,
    id: rivers.id,
    // WDBII names no reach, so every name is null: ascending order puts nulls last (PostgreSQL's default)
    // and the id breaks the tie, so the list keeps one stable order.
    name: rivers.name,
    entity: 'river',
  },
} as const satisfies Record<string, LayerSpec>;

export type LayerName = keyof typeof LAYERS;
export const LAYER_NAMES = Object.keys(LAYERS) as LayerName[];

/**
 * A layer's kind column and the kinds it can hold (its database enum's values, themselves the
 * domain's list); BAD_INPUT naming the layer or the kind when either cannot narrow it, rather than
 * a list that is silently empty.
 *
 * @example checkedKind('GRID_PROJECTS', 'SUBSTATION') // the kind column; checkedKind('GRID_PROJECTS', '110') throws
 */
export function checkedKind(layer: LayerName, kind: string): PgColumn {
  const spec: LayerSpec = LAYERS[layer];
  if (!spec) throw badInput(`未知图层 ${layer} / unknown layer ${layer}`);
  if (!spec.kind) throw badInput(`图层 ${layer} 没有类型 / layer ${layer} has no kinds to filter by`);
  const kinds = (spec.kind as PgColumn & { enumValues?: readonly string[] }).enumValues ?? [];
  if (!kinds.includes(kind)) {
    throw badInput(
      `图层 ${layer} 没有类型 ${JSON.stringify(kind)},可选 ${kinds.join('、')} / layer ${layer} has no kind ${JSON.stringify(kind)}; its kinds are ${kinds.join(', ')}`,
      { field: 'kind', value: kind },
    );
  }
  return spec.kind;
}

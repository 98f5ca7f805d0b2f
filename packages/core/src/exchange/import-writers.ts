import { schema } from '@atlas/db';
import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Geometry } from 'geojson';
import type { CoreContext } from '../context';
import { createFacility, updateFacility } from '../infrastructure/facilities';
import { createGridProject, updateGridProject } from '../infrastructure/grid-projects';
import { createRoadLink, updateRoadLink } from '../infrastructure/road-links';
import { createProject, updateProject } from '../projects/write-project';
import { createRelocationSite, updateRelocationSite } from '../relocation/relocation-sites';
import type { ProvenanceInput } from '../write-checks';
import type { ImportLayer } from './import-report';
import { setZoneBoundary } from './zone-boundary';

/** One row of a file, its values coerced to the input's types, its geometry in WGS 84. */
export interface ImportRowInput {
  readonly values: Readonly<Record<string, unknown>>;
  readonly geometry: Geometry | null;
  readonly provenance: ProvenanceInput | null;
}

/** The record a row updates, as stored: its version and its columns by the input's field names. */
export type StoredRow = Readonly<Record<string, unknown>> & { readonly version: number };

/**
 * How rows of a layer reach the API's own verbs: the same checks, permissions, audit and version
 * rules as a GraphQL mutation, because they are the same functions.
 */
export interface ImportWriter {
  readonly table: PgTable;
  /** The column a row's `id` (zones: `code`) matches. */
  readonly key: PgColumn;
  /** The column the feature's geometry fills. */
  readonly geometryColumn: string;
  /** Whether a row may create a record (zones: only existing ones take a surveyed boundary). */
  readonly creates: boolean;
  create(ctx: CoreContext, row: ImportRowInput): Promise<unknown>;
  update(ctx: CoreContext, key: string, version: number, row: ImportRowInput): Promise<unknown>;
}

/** The input with the geometry under the name the verb takes; the verbs check every value. */
function inputOf(row: ImportRowInput, geometryField = 'geometry'): never {
  return {
    ...row.values,
    ...(row.geometry ? { [geometryField]: row.geometry } : {}),
    ...(row.provenance ? { provenance: row.provenance } : {}),
  } as never;
}

export const IMPORT_WRITERS: Readonly<Record<ImportLayer, ImportWriter>> = {
  projects: {
    table: schema.projects,
    key: schema.projects.id,
    geometryColumn: 'geometry',
    creates: true,
    create: (ctx, row) => createProject(ctx, inputOf(row)),
    update: (ctx, id, version, row) => updateProject(ctx, id, version, inputOf(row)),
  },
  roadLinks: {
    table: schema.roadLinks,
    key: schema.roadLinks.id,
    geometryColumn: 'geometry',
    creates: true,
    create: (ctx, row) => createRoadLink(ctx, inputOf(row)),
    update: (ctx, id, version, row) => updateRoadLink(ctx, id, version, inputOf(row)),
  },
  gridProjects: {
    table: schema.gridProjects,
    key: schema.gridProjects.id,
    geometryColumn: 'geometry',
    creates: true,
    create: (ctx, row) => createGridProject(ctx, inputOf(row)),
    update: (ctx, id, version, row) => updateGridProject(ctx, id, version, inputOf(row)),
  },
  facilities: {
    table: schema.facilities,
    key: schema.facilities.id,
    geometryColumn: 'location',
    creates: true,
    create: (ctx, row) => createFacility(ctx, inputOf(row)),
    update: (ctx, id, version, row) => updateFacility(ctx, id, version, inputOf(row)),
  },
  relocationSites: {
    table: schema.relocationSites,
    key: schema.relocationSites.id,
    geometryColumn: 'origin',
    creates: true,
    create: (ctx, row) => createRelocationSite(ctx, inputOf(row, 'origin')),
    update: (ctx, id, version, row) => updateRelocationSite(ctx, id, version, inputOf(row, 'origin')),
  },
  zones: {
    table: schema.zones,
    key: schema.zones.code,
    geometryColumn: 'footprint',
    creates: false,
    create: () => Promise.reject(new Error('zones are never created by an import')),
    update: (ctx, code, version, row) =>
      setZoneBoundary(ctx, code, row.geometry, String(row.values.sourceCitation ?? ''), version),
  },
};

/** The stored record a row's key names, or null. */
export async function storedRow(
  ctx: CoreContext,
  writer: ImportWriter,
  key: string,
): Promise<StoredRow | null> {
  const [row] = await ctx.db.select().from(writer.table).where(eq(writer.key, key)).limit(1);
  return (row as StoredRow | undefined) ?? null;
}

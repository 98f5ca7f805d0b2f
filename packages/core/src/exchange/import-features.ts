import { DEFAULT_READ_LIMITS, type ReadFeature } from '@atlas/exchange';
import type { Feature, Geometry } from 'geojson';
import { requirePermission } from '../actor';
import { writeAudit } from '../audit';
import type { CoreContext } from '../context';
import { AtlasError, badInput } from '../errors';
import { bulkCreateProjects } from './import-bulk-projects';
import { importFields } from './import-fields';
import { mapNames } from './import-mapping';
import type {
  ImportAction,
  ImportDatum,
  ImportFile,
  ImportLayer,
  ImportPreviewProperties,
  ImportReport,
  ImportRowError,
} from './import-report';
import { type ParsedRow, parseRow, patchOf, rowKeyOf, zonePatchOf } from './import-rows';
import { IMPORT_WRITERS, storedRow } from './import-writers';
import { layerColumns } from './layer-tables';

export interface ImportOptions {
  readonly dryRun: boolean;
  readonly file: ImportFile;
  readonly datum: ImportDatum;
  /** At most this many rows (the reader's `maxFeatures`); more are refused before any work. */
  readonly maxRows?: number;
  /** A Shapefile zip's `fields.csv`: attribute name → field key, for names cut alike. */
  readonly fieldTable?: ReadonlyMap<string, string>;
  /** Converts a geometry written in a column (a relocation site's destination) from the file's datum. */
  readonly toWgs84?: (geometry: Geometry) => Geometry;
  /** Aborted when the request runs out of time: the import stops and nothing is written. */
  readonly signal?: AbortSignal;
  /** The moment the import is stamped with (its citation); now unless a test fixes it. */
  readonly now?: Date;
}

/** At most this many distinct attribute names are mapped; a file with more is someone's experiment. */
const MAX_NAMES = 500;

/** Thrown at the end of a dry run (or a refused commit) to roll back everything the checks wrote. */
class RollBack extends Error {}

/**
 * Imports a file's features (already in WGS 84) into a layer, or in a dry run says what it would do.
 * Every row goes through the API's own create or update verb, so it meets the same checks and
 * permissions (a zone reporter only in its own zone); a row with an `id` (zones: `code`) of a stored
 * record updates it, the others are created. All rows run in ONE transaction, each in the savepoint
 * that the verb's own transaction becomes inside it, so a failing row is listed and the others are
 * still checked. A dry run, or a commit with any failing row, rolls the whole transaction back:
 * nothing is written. A commit writes every row, and one audit record for the import.
 *
 * @example
 * const report = await importFeatures(ctx, 'projects', read.features, { dryRun: true, file, datum });
 * report.errors // [{ row: 3, field: 'investmentYi', message: 'investmentYi 须为数字… / … must be a number …' }]
 */
export async function importFeatures(
  ctx: CoreContext,
  layer: ImportLayer,
  features: readonly ReadFeature[],
  options: ImportOptions,
): Promise<ImportReport> {
  requirePermission(ctx.actor, layer === 'projects' ? 'writeProjects' : 'writeLayers');
  const maxRows = options.maxRows ?? DEFAULT_READ_LIMITS.maxFeatures;
  if (features.length > maxRows) {
    throw badInput(
      `文件有 ${features.length} 行,超过上限 ${maxRows} 行 / The file has ${features.length} rows, more than the limit of ${maxRows}`,
    );
  }
  const names = attributeNames(features);
  const fields = importFields(layer);
  const { mapping, fieldOf, warnings } = mapNames(
    names.taken,
    fields,
    layerColumns(layer),
    options.fieldTable,
  );
  if (names.dropped > 0) {
    warnings.push(
      `属性名超过 ${MAX_NAMES} 个,其余 ${names.dropped} 个已忽略 / More than ${MAX_NAMES} attribute names; the other ${names.dropped} are ignored`,
    );
  }
  const run = new ImportRun(ctx, layer, options);
  try {
    await ctx.db.transaction(async (tx) => {
      await run.rows({ ...ctx, db: tx }, features, (feature) =>
        parseRow(layer, fields, fieldOf, feature, run.context),
      );
      if (options.dryRun || run.errors.length > 0) throw new RollBack();
      await writeAudit(tx, ctx.actor, {
        action: 'IMPORT',
        entity: 'import',
        entityId: options.file.digest,
        before: null,
        after: {
          layer,
          file: options.file.name,
          digest: options.file.digest,
          bytes: options.file.bytes,
          kind: options.file.kind,
          datum: options.datum.used,
          rows: features.length,
          created: run.created,
          updated: run.updated,
        },
      });
    });
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
  warnings.push(...run.warnings());
  return {
    layer,
    dryRun: options.dryRun,
    committed: !options.dryRun && run.errors.length === 0,
    file: options.file,
    datum: options.datum,
    rows: features.length,
    created: run.created,
    updated: run.updated,
    mapping,
    errors: run.errors,
    warnings,
    preview: { type: 'FeatureCollection', features: run.preview },
  };
}

/** The attribute names of all features, in the order first seen, at most `MAX_NAMES`. */
function attributeNames(features: readonly ReadFeature[]): { taken: string[]; dropped: number } {
  const seen = new Set<string>();
  let dropped = 0;
  for (const feature of features) {
    for (const name of Object.keys(feature.properties)) {
      if (seen.has(name)) continue;
      if (seen.size < MAX_NAMES) seen.add(name);
      else dropped++;
    }
  }
  return { taken: [...seen], dropped };
}

/** The error a verb threw, as a report line: its field when it names one (a geometry's problems: `geometry`). */
function rowErrorOf(row: number, error: AtlasError): ImportRowError {
  const details = error.details ?? {};
  const field = typeof details.field === 'string' ? details.field : 'problems' in details ? 'geometry' : null;
  return { row, field, message: error.message };
}

type Preview = { -readonly [K in keyof ImportPreviewProperties]: ImportPreviewProperties[K] };

/** A new project's row, written after the others in one batch. */
interface Deferred {
  readonly parsed: ParsedRow;
  readonly properties: Preview;
}

/** One import's progress: the rows written or refused so far, and the preview. */
class ImportRun {
  readonly errors: ImportRowError[] = [];
  readonly preview: Feature<Geometry | null, ImportPreviewProperties>[] = [];
  created = 0;
  updated = 0;
  private unmatchedIds = 0;
  private unchangedZones = 0;
  private readonly deferred: Deferred[] = [];
  readonly context: { readonly citation: string; readonly toWgs84?: (g: Geometry) => Geometry };

  constructor(
    ctx: CoreContext,
    private readonly layer: ImportLayer,
    private readonly options: ImportOptions,
  ) {
    const day = (options.now ?? new Date()).toISOString().slice(0, 10);
    const file = options.file.name ?? `${options.file.kind} file`;
    this.context = {
      citation: `${file} (SHA-256 ${options.file.digest.slice(0, 12)}…), imported ${day} by ${ctx.actor.name}`,
      toWgs84: options.toWgs84,
    };
  }

  async rows(
    tx: CoreContext,
    features: readonly ReadFeature[],
    parse: (feature: ReadFeature) => ParsedRow,
  ): Promise<void> {
    for (const feature of features) {
      this.stopWhenAborted();
      const parsed = parse(feature);
      const properties: Preview = { row: feature.row, action: 'error', name: parsed.name };
      this.preview.push({ type: 'Feature', geometry: feature.geometry ?? null, properties });
      if (parsed.errors.length === 0) properties.action = await this.write(tx, parsed, properties);
      if (parsed.errors.length > 0) this.errors.push(...parsed.errors);
    }
    await this.createDeferred(tx);
    this.errors.sort((a, b) => a.row - b.row);
  }

  private stopWhenAborted(): void {
    if (this.options.signal?.aborted) throw this.options.signal.reason ?? new Error('import aborted');
  }

  /**
   * New projects, the many rows of a spreadsheet, are checked and written together
   * (`bulkCreateProjects`: the same rules as `createProject`, with far fewer statements); those it
   * does not pass go through `createProject` one by one, which names what is wrong.
   */
  private async createDeferred(tx: CoreContext): Promise<void> {
    if (this.deferred.length === 0) return;
    const { created, unchecked } = await bulkCreateProjects(
      tx,
      this.deferred.map((d) => d.parsed.createInput),
    );
    this.created += created.size;
    for (const index of unchecked) {
      this.stopWhenAborted();
      const { parsed, properties } = this.deferred[index] as Deferred;
      properties.action = await this.attempt(parsed, async () => {
        await IMPORT_WRITERS.projects.create(tx, parsed.createInput);
        this.created++;
        return 'create';
      });
      if (parsed.errors.length > 0) this.errors.push(...parsed.errors);
    }
  }

  private async attempt(parsed: ParsedRow, work: () => Promise<ImportAction>): Promise<ImportAction> {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof AtlasError)) throw error;
      parsed.errors.push(rowErrorOf(parsed.row, error));
      return 'error';
    }
  }

  private async write(tx: CoreContext, parsed: ParsedRow, properties: Preview): Promise<ImportAction> {
    const writer = IMPORT_WRITERS[this.layer];
    const key = rowKeyOf(this.layer, parsed);
    const stored = key === null ? null : await storedRow(tx, writer, key);
    try {
      if (stored && key !== null) {
        // The version the file carries (the exports write it) or, without one, the current one:
        // a file without versions is taken as read just now, as a planner's form would be.
        const version = parsed.input.values.version;
        const patch =
          this.layer === 'zones'
            ? zonePatchOf(parsed, stored)
            : patchOf(parsed, stored, writer.geometryColumn);
        if (!patch) {
          this.unchangedZones++;
          return 'update';
        }
        await writer.update(tx, key, typeof version === 'number' ? version : stored.version, patch);
        this.updated++;
        return 'update';
      }
      if (!writer.creates) {
        parsed.errors.push({
          row: parsed.row,
          field: 'code',
          message: `找不到代码为 ${key ?? '(空)'} 的园区,只能更新已有园区的边界 / No zone with code ${key ?? '(blank)'}: only existing zones' boundaries can be imported`,
        });
        return 'error';
      }
      if (parsed.missingForCreate.length > 0) {
        parsed.errors.push(...parsed.missingForCreate);
        return 'error';
      }
      if (key !== null) this.unmatchedIds++;
      if (this.layer === 'projects') {
        this.deferred.push({ parsed, properties });
        return 'create';
      }
      await writer.create(tx, parsed.createInput);
      this.created++;
      return 'create';
    } catch (error) {
      if (!(error instanceof AtlasError)) throw error;
      parsed.errors.push(rowErrorOf(parsed.row, error));
      return 'error';
    }
  }

  warnings(): string[] {
    const warnings: string[] = [];
    if (this.unmatchedIds > 0) {
      warnings.push(
        `${this.unmatchedIds} 行的 id 在本系统中不存在,作为新记录创建(新记录另有 id) / ${this.unmatchedIds} rows have an id this atlas does not hold: they are created as new records (with ids of their own)`,
      );
    }
    if (this.unchangedZones > 0) {
      warnings.push(
        `${this.unchangedZones} 个园区的边界与现有边界相同,未作修改,其来源保持不变 / ${this.unchangedZones} zones' boundaries equal the stored ones: left unchanged, their provenance kept`,
      );
    }
    return warnings;
  }
}

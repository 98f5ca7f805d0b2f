import type { ExportColumn } from '@atlas/exchange';
import { GEOMETRY_COLUMN_NAMES, type ImportField } from './import-fields';
import type { ImportMapping } from './import-report';

/** A dBase field name is at most 10 characters: longer names arrive cut to their first 10. */
const SHAPEFILE_NAME_LENGTH = 10;

const fold = (name: string) => name.trim().toLowerCase();

export interface NameMapping {
  readonly mapping: ImportMapping[];
  /** The file's name → the field it fills, for the names taken. */
  readonly fieldOf: ReadonlyMap<string, string>;
  readonly warnings: string[];
}

interface Candidate {
  readonly to: string | null;
  readonly how: ImportMapping['how'];
  readonly warning?: string;
}

/**
 * How each attribute or column name of a file is taken: as a GraphQL input field's name (`exact`,
 * case aside), from the Shapefile zip's `fields.csv` (`table`), as a column's Chinese or English
 * header in the atlas's exports (`header`), as a field's name cut to a Shapefile's 10 characters
 * (`truncated`, when one field alone has that prefix); anything else is `unmapped` and ignored.
 *
 * @example
 * mapNames(['investment', '项目名称'], fields, columns).fieldOf // investment → investmentYi, 项目名称 → name
 */
export function mapNames(
  names: readonly string[],
  fields: readonly ImportField[],
  headers: readonly ExportColumn[],
  table: ReadonlyMap<string, string> = new Map(),
): NameMapping {
  const keys = new Map(fields.map((f) => [fold(f.key), f.key]));
  const byHeader = new Map<string, string>();
  for (const column of headers) {
    const key = keys.get(fold(column.key));
    if (!key) continue;
    byHeader.set(fold(column.zh), key);
    byHeader.set(fold(column.en), key);
  }
  const mapping: ImportMapping[] = [];
  const fieldOf = new Map<string, string>();
  const warnings: string[] = [];
  const takenBy = new Map<string, string>();
  for (const name of names) {
    const candidate = candidateFor(name, keys, byHeader, table);
    if (candidate.warning) warnings.push(candidate.warning);
    const to = candidate.to;
    if (to === null || to === 'geometry') {
      mapping.push({ from: name, to, how: candidate.how });
      continue;
    }
    const earlier = takenBy.get(to);
    if (earlier !== undefined) {
      warnings.push(
        `“${name}”与“${earlier}”都对应 ${to},只采用“${earlier}” / "${name}" and "${earlier}" both name ${to}; only "${earlier}" is taken`,
      );
      mapping.push({ from: name, to: null, how: 'unmapped' });
      continue;
    }
    takenBy.set(to, name);
    fieldOf.set(name, to);
    mapping.push({ from: name, to, how: candidate.how });
  }
  return { mapping, fieldOf, warnings };
}

function candidateFor(
  name: string,
  keys: ReadonlyMap<string, string>,
  byHeader: ReadonlyMap<string, string>,
  table: ReadonlyMap<string, string>,
): Candidate {
  const folded = fold(name);
  const listed = table.get(name) ?? table.get(folded);
  if (listed !== undefined) {
    // The exports list every column, importable or not (an area, a zone's name): only fields are taken.
    const to = keys.get(fold(listed)) ?? null;
    return { to, how: to ? 'table' : 'unmapped' };
  }
  const exact = keys.get(folded);
  if (exact) return { to: exact, how: 'exact' };
  const header = byHeader.get(folded);
  if (header) return { to: header, how: 'header' };
  if (folded.length === SHAPEFILE_NAME_LENGTH) {
    const cut = [...keys.entries()].filter(([key]) => key.slice(0, SHAPEFILE_NAME_LENGTH) === folded);
    const [only] = cut;
    if (cut.length === 1 && only) return { to: only[1], how: 'truncated' };
    if (cut.length > 1) {
      const choices = cut.map(([, key]) => key).join(', ');
      return {
        to: null,
        how: 'unmapped',
        warning: `“${name}”可能是 ${choices} 中任一字段被截短,无法确定,已忽略(Shapefile 压缩包可附 fields.csv 对照表) / "${name}" may be any of ${choices} cut to 10 characters; ignored (a Shapefile zip may carry a fields.csv table)`,
      };
    }
  }
  if (GEOMETRY_COLUMN_NAMES.has(folded)) return { to: 'geometry', how: 'exact' };
  return { to: null, how: 'unmapped' };
}

/** A dBase field name is at most 10 bytes (the 11th is its terminator). */
export const SHAPEFILE_NAME_BYTES = 10;

/**
 * The attribute names a Shapefile gets for the columns' keys: the first 10 characters of the key
 * (`investmentYi` → `investment`, `clusterCode` → `clusterCod`), and on a collision (compared
 * without case, as most readers do) the end replaced by a number: `geometrySourceKind` →
 * `geometrySo`, then `geometrySourceCitation` → `geometryS1`. The importer reads the same rule
 * back; `fields.csv` in the zip lists every name beside its key.
 *
 * @example shapefileFieldNames(['investmentYi', 'clusterCode']).get('investmentYi') // 'investment'
 */
export function shapefileFieldNames(keys: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const key of keys) {
    const base = key.replace(/[^A-Za-z0-9_]/g, '_').slice(0, SHAPEFILE_NAME_BYTES) || 'field';
    let name = base;
    for (let n = 1; taken.has(name.toLowerCase()); n++) {
      const suffix = String(n);
      name = base.slice(0, SHAPEFILE_NAME_BYTES - suffix.length) + suffix;
    }
    taken.add(name.toLowerCase());
    names.set(key, name);
  }
  return names;
}

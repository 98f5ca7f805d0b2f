import { ATLAS_TABLES } from '@atlas/db';

/** SQL texts repeat (the same few dozen statements with new parameters): each is read once. */
const known = new Map<string, readonly string[]>();
const KNOWN_LIMIT = 2000;

/**
 * The atlas's tables a SQL statement names, so a cached answer knows what it was computed from.
 * Every word of the text that is a table's name counts, quoted or not: a column that shares a
 * table's name only makes the answer depend on one more table, which is safe; missing a table
 * would not be, and a statement names every table it reads.
 *
 * @example
 * tablesIn('select "code" from "zones" inner join "cluster_memberships" on …') // ['zones', 'cluster_memberships']
 */
export function tablesIn(query: string): readonly string[] {
  let tables = known.get(query);
  if (!tables) {
    const found = new Set<string>();
    for (const [word] of query.matchAll(/[a-z_][a-z0-9_]*/gi))
      if (ATLAS_TABLES.has(word.toLowerCase())) found.add(word.toLowerCase());
    tables = [...found];
    if (known.size >= KNOWN_LIMIT) known.clear();
    known.set(query, tables);
  }
  return tables;
}

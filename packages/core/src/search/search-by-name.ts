import { type AtlasDb, selectRows } from '@atlas/db';
import { sql } from 'drizzle-orm';
import { badInput } from '../errors';
import { checkedText, containsPattern, escapeLike } from '../text-checks';

export const SEARCH_KINDS = ['ZONE', 'CLUSTER', 'ENTERPRISE', 'PROJECT'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchHit {
  readonly kind: SearchKind;
  readonly id: string;
  readonly name: string;
  readonly zoneCode: string | null;
}

/**
 * Names containing `text` across zones, clusters, enterprises and projects (Chinese or English
 * names), exact and prefix matches first. One statement.
 */
export async function searchByName(db: AtlasDb, text: string, first = 20): Promise<SearchHit[]> {
  if (text.trim().length === 0) throw badInput('请输入要搜索的名称 / Type a name to search for');
  const needle = checkedText(text, 'text', 'pattern');
  if (first < 1 || first > 100) throw badInput('first 须在 1 到 100 之间 / first must be between 1 and 100');
  const like = containsPattern(needle, 'text');
  return selectRows<SearchHit>(
    db,
    sql`SELECT kind, id, name, "zoneCode" FROM (
          SELECT 'ZONE' AS kind, code AS id, name, code AS "zoneCode", name_en AS alt FROM zones
          UNION ALL SELECT 'CLUSTER', code, name, NULL, name_en FROM clusters
          UNION ALL SELECT 'ENTERPRISE', id, name, zone_code, NULL FROM enterprises
          UNION ALL SELECT 'PROJECT', id, name, zone_code, NULL FROM projects
        ) named
        WHERE name ILIKE ${like} OR alt ILIKE ${like}
        ORDER BY (name = ${needle}) DESC, (name ILIKE ${`${escapeLike(needle)}%`}) DESC, length(name), name
        LIMIT ${first}`,
  );
}

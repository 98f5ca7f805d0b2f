import { ZONES, zoneAliasNames } from '@atlas/data';
import { type AtlasDb, selectRows } from '@atlas/db';
import { sql } from 'drizzle-orm';
import { badInput } from '../errors';
import { checkedText, containsPattern, escapeLike } from '../text-checks';

export const SEARCH_KINDS = ['ZONE', 'CLUSTER', 'ENTERPRISE', 'PROJECT', 'RELOCATION_SITE'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchHit {
  readonly kind: SearchKind;
  readonly id: string;
  readonly name: string;
  readonly zoneCode: string | null;
}

/** Zones one of whose other names (ZONE_ALIASES: 经开区, 项城市 …) contains the text or is contained in it. */
function zonesCalled(needle: string): string[] {
  const text = needle.toLowerCase();
  return ZONES.filter((z) =>
    zoneAliasNames(z.code).some((alias) => alias.toLowerCase().includes(text) || text.includes(alias)),
  ).map((z) => z.code);
}

/**
 * Names containing `text` across zones (by their names and aliases), clusters, enterprises, projects
 * and relocation villages (by village or community), Chinese or English, exact and prefix matches
 * first. One statement.
 */
export async function searchByName(db: AtlasDb, text: string, first = 20): Promise<SearchHit[]> {
  if (text.trim().length === 0) throw badInput('请输入要搜索的名称 / Type a name to search for');
  const needle = checkedText(text, 'text', 'pattern');
  if (first < 1 || first > 100) throw badInput('first 须在 1 到 100 之间 / first must be between 1 and 100');
  const like = containsPattern(needle, 'text');
  return selectRows<SearchHit>(
    db,
    sql`SELECT kind, id, name, "zoneCode" FROM (
          SELECT 'ZONE' AS kind, code AS id, name, code AS "zoneCode", name_en AS alt,
                 code = ANY(string_to_array(${zonesCalled(needle).join(',')}::text, ',')) AS aliased FROM zones
          UNION ALL SELECT 'CLUSTER', code, name, NULL, name_en, false FROM clusters
          UNION ALL SELECT 'ENTERPRISE', id, name, zone_code, NULL, false FROM enterprises
          UNION ALL SELECT 'PROJECT', id, name, zone_code, NULL, false FROM projects
          UNION ALL SELECT 'RELOCATION_SITE', id, village_name, zone_code, community_name, false FROM relocation_sites
        ) named
        WHERE name ILIKE ${like} OR alt ILIKE ${like} OR aliased
        ORDER BY (name = ${needle}) DESC, aliased DESC, (name ILIKE ${`${escapeLike(needle)}%`}) DESC, length(name), name
        LIMIT ${first}`,
  );
}

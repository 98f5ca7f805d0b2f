import { describe, expect, it } from 'vitest';
import { tablesIn } from './tables-read';

describe('tablesIn', () => {
  it('names the tables a statement reads, quoted or not, once each', () => {
    const query =
      'select "zones"."code", "clusters"."name" from "cluster_memberships" inner join "clusters" on "clusters"."code" = "cluster_memberships"."cluster_code" where zones.code in ($1)';
    expect([...tablesIn(query)].sort()).toEqual(['cluster_memberships', 'clusters', 'zones']);
  });

  it('names none for a statement on no table of the atlas', () => {
    expect(tablesIn('SELECT 1')).toEqual([]);
    expect(tablesIn('select "zone_code" from "nowhere"')).toEqual([]);
  });

  it('knows every table of the schema, the newest included', () => {
    expect(tablesIn('select * from "table_versions", monthly_reports, project_nodes')).toHaveLength(3);
  });
});

import { selectRows } from '@atlas/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApi, TOKENS } from './harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.stop());

type Ranking = {
  status: string;
  version: number | null;
  criteriaVersion: number;
  zones: { zoneCode: string; score: number | null; rank: number | null; consequence: string | null }[];
};

const RANKING = `query($period: String!, $version: Int, $draft: Boolean) {
  inspectionRanking(period: $period, version: $version, draft: $draft) {
    status version criteriaVersion zones { zoneCode score rank consequence }
  }
}`;
const PUBLISH = `mutation($period: String!, $note: String!) {
  publishInspectionRanking(period: $period, note: $note) { status version publishedBy zones { zoneCode score rank } }
}`;
const REPLACE = `mutation($input: InspectionCriteriaInput!) {
  replaceInspectionCriteria(input: $input) { version createdBy provenance { kind } criteria { code weight } }
}`;

const ranking = async (variables: Record<string, unknown>) =>
  (await api.gql<{ inspectionRanking: Ranking }>(RANKING, variables)).data?.inspectionRanking;

async function audit(entity: string) {
  return selectRows<{ actor: string; action: string; entity_id: string }>(
    api.atlas.db,
    sql`SELECT actor, action, entity_id FROM audit_log WHERE entity = ${entity} ORDER BY id`,
  );
}

describe('inspection rankings over GraphQL', () => {
  it('shows the live draft of an unpublished period, scored with the seeded default weights', async () => {
    const draft = await ranking({ period: '2014Q4' });
    expect(draft).toMatchObject({ status: 'DRAFT', version: null, criteriaVersion: 1 });
    expect(draft?.zones.filter((z) => z.rank !== null)).toHaveLength(10);
    const criteria = await api.gql<{
      inspectionCriteria: { provenance: { kind: string; citation: string } };
    }>('{ inspectionCriteria { provenance { kind citation } } }');
    expect(criteria.data?.inspectionCriteria.provenance).toEqual({
      kind: 'APPROXIMATE',
      citation: expect.stringContaining('not from the plan'),
    });
  });

  it('refuses publishing to a viewer and to an anonymous caller, writing nothing', async () => {
    const variables = { period: '2014Q4', note: '审核' };
    expect((await api.gql(PUBLISH, variables, TOKENS.viewer)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await api.gql(PUBLISH, variables)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await audit('inspection ranking')).toEqual([]);
  });

  it('lets an admin publish; the published ranking stays as it was when an inspector changes a score', async () => {
    const published = await api.gql<{ publishInspectionRanking: Ranking & { publishedBy: string } }>(
      PUBLISH,
      { period: '2014Q4', note: '季度观摩结果审核通过' },
      TOKENS.admin,
    );
    expect(published.errors).toBeUndefined();
    expect(published.data?.publishInspectionRanking).toMatchObject({ status: 'PUBLISHED', version: 1 });
    const last = published.data?.publishInspectionRanking.zones.at(-1);

    const write = await api.gql(
      `mutation { recordInspectionScores(input: { period: "2014Q4", kind: QUARTERLY,
        scores: [{ zoneCode: "${last?.zoneCode}", score: 100, version: 1 }] }) { version } }`,
      {},
      TOKENS.inspector,
    );
    expect(write.errors).toBeUndefined();
    const shown = await ranking({ period: '2014Q4' });
    expect(shown).toMatchObject({ status: 'PUBLISHED', version: 1 });
    expect(shown?.zones).toEqual(
      published.data?.publishInspectionRanking.zones.map((z) => expect.objectContaining(z)),
    );
    const draft = await ranking({ period: '2014Q4', draft: true });
    expect(draft?.zones.find((z) => z.zoneCode === last?.zoneCode)?.score).toBeGreaterThan(last?.score ?? 0);
  });

  it('re-publishes as version 2, keeps version 1, and audits both', async () => {
    const again = await api.gql<{ publishInspectionRanking: Ranking }>(
      PUBLISH,
      { period: '2014Q4', note: '更正评分后重新发布' },
      TOKENS.admin,
    );
    expect(again.data?.publishInspectionRanking).toMatchObject({ version: 2 });
    expect((await ranking({ period: '2014Q4' }))?.version).toBe(2);
    expect((await ranking({ period: '2014Q4', version: 1 }))?.version).toBe(1);
    const versions = await api.gql<{
      inspectionRanking: { publications: { version: number; note: string }[] };
    }>('{ inspectionRanking(period: "2014Q4") { publications { version note } } }');
    expect(versions.data?.inspectionRanking.publications).toEqual([
      { version: 2, note: '更正评分后重新发布' },
      { version: 1, note: '季度观摩结果审核通过' },
    ]);
    const rows = await audit('inspection ranking');
    expect(rows.map((r) => [r.action, r.entity_id])).toEqual([
      ['PUBLISH', '2014Q4/v1'],
      ['REPUBLISH', '2014Q4/v2'],
    ]);
    expect(rows.map((r) => r.actor)).toEqual(['admin (admin)', 'admin (admin)']);
  });

  it('lets only an admin replace the weights, as an audited new version that re-scores drafts only', async () => {
    const input = {
      basedOnVersion: 1,
      note: '市考核办公室 2014 年评分办法',
      provenance: { kind: 'PUBLIC_SOURCE', citation: '周口市产业集聚区观摩评分办法(示例引用)' },
      criteria: [
        {
          code: 'inspection',
          nameZh: '现场观摩评分',
          nameEn: 'Visit',
          measure: 'INSPECTION_SCORE',
          weight: 70,
        },
        {
          code: 'investment',
          nameZh: '投资完成',
          nameEn: 'Investment',
          measure: 'INVESTMENT_COMPLETED',
          weight: 30,
        },
      ],
    };
    const planner = await api.gql(REPLACE, { input }, TOKENS.planner);
    expect(planner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await api.gql<{
      replaceInspectionCriteria: { version: number; provenance: { kind: string } };
    }>(REPLACE, { input }, TOKENS.admin);
    expect(admin.errors).toBeUndefined();
    expect(admin.data?.replaceInspectionCriteria).toMatchObject({
      version: 2,
      provenance: { kind: 'PUBLIC_SOURCE' },
    });
    const stale = await api.gql(REPLACE, { input }, TOKENS.admin);
    expect(stale.errors?.[0]?.extensions?.code).toBe('STALE_VERSION');
    expect((await audit('inspection criteria')).map((r) => [r.action, r.entity_id])).toEqual([
      ['CREATE', 'v2'],
    ]);

    expect((await ranking({ period: '2014Q4' }))?.criteriaVersion).toBe(1);
    expect((await ranking({ period: '2014Q4', draft: true }))?.criteriaVersion).toBe(2);
  });

  it('refuses an unknown measure and names a bad period in both languages', async () => {
    const bad = await api.gql(
      `mutation { replaceInspectionCriteria(input: { basedOnVersion: 2, note: "x",
        criteria: [{ code: "x", nameZh: "x", nameEn: "x", measure: GUESSWORK, weight: 1 }] }) { version } }`,
      {},
      TOKENS.admin,
    );
    expect(bad.errors?.length).toBeGreaterThan(0);
    const period = await api.gql(PUBLISH, { period: '2014-Q4', note: 'x' }, TOKENS.admin);
    expect(period.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

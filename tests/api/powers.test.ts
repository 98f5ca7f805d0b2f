import { selectRows } from '@atlas/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, type GraphqlResponse, startApi } from './harness';

/** Tokens whose last four characters (hex- and digit-free) occur nowhere else in answers or logs. */
const SECRETS = {
  planner: 'planner:colon-secret-QxZw',
  inspector: 'inspector-secret-VkYj',
  admin: 'admin-secret:JqWz',
  viewer: 'viewer-secret-HmPy',
};

let api: ApiHarness;
/** Every answer the server gave in this file, to search for pieces of a token. */
const answers: unknown[] = [];
beforeAll(async () => {
  api = await startApi({
    ATLAS_API_TOKENS: [
      `planner:${SECRETS.planner}`,
      `inspector@市考核办 李明:${SECRETS.inspector}`,
      `admin@王芳:${SECRETS.admin}`,
      `viewer:${SECRETS.viewer}`,
    ].join(','),
  });
});
afterAll(() => api?.stop());

async function gql<T = Record<string, unknown>>(query: string, token?: string): Promise<GraphqlResponse<T>> {
  const answer = await api.gql<T>(query, {}, token);
  answers.push(answer.data, answer.errors);
  return answer;
}

/** The 2014Q3 scores that moved 太康 from first to last. */
const REWRITE_2014Q3 = `mutation { recordInspectionScores(input: { period: "2014Q3", kind: QUARTERLY,
  scores: [{ zoneCode: "taikang", score: 0, version: 1 }, { zoneCode: "shenqiu", score: 100, version: 1 }] }) { zoneCode score version } }`;
const PUBLISH_2014Q3 = `mutation { publishInspectionRanking(period: "2014Q3", note: "第三季度观摩审核") {
  status version publishedBy zones { zoneCode rank consequence } } }`;

type Zones = { zoneCode: string; rank: number | null; consequence: string | null }[];
const draft = async (token?: string) =>
  (
    await gql<{ inspectionRanking: { status: string; zones: Zones } }>(
      '{ inspectionRanking(period: "2014Q3", draft: true) { status zones { zoneCode rank consequence } } }',
      token,
    )
  ).data?.inspectionRanking;
const place = (zones: Zones | undefined, code: string) => zones?.find((z) => z.zoneCode === code);
const code = (answer: GraphqlResponse) => answer.errors?.[0]?.extensions?.code;

async function written(entity: string) {
  return selectRows<{ actor: string; action: string }>(
    api.atlas.db,
    sql`SELECT actor, action FROM audit_log WHERE entity = ${entity} ORDER BY id`,
  );
}

describe('who may score and publish an inspection ranking', () => {
  it('refuses a planner both the scores and the publication, changing nothing', async () => {
    const before = await draft();
    expect(place(before?.zones, 'taikang')).toMatchObject({ rank: 1, consequence: '经验介绍' });
    expect(code(await gql(REWRITE_2014Q3, SECRETS.planner))).toBe('FORBIDDEN');
    expect(code(await gql(PUBLISH_2014Q3, SECRETS.planner))).toBe('FORBIDDEN');
    expect(code(await gql(REWRITE_2014Q3, SECRETS.viewer))).toBe('FORBIDDEN');
    expect(await draft()).toEqual(before);
    expect(await written('inspection score')).toEqual([]);
    expect(await written('inspection ranking')).toEqual([]);
  });

  it('lets an inspector record scores, recorded by the configured name, but not publish them', async () => {
    const scored = await gql<{ recordInspectionScores: { version: number }[] }>(
      REWRITE_2014Q3,
      SECRETS.inspector,
    );
    expect(scored.errors).toBeUndefined();
    expect(scored.data?.recordInspectionScores.map((s) => s.version)).toEqual([2, 2]);
    const rows = await selectRows<{ source_citation: string }>(
      api.atlas.db,
      sql`SELECT s.source_citation FROM inspection_scores s JOIN inspection_rounds r ON r.id = s.round_id
          WHERE r.period = '2014Q3' AND s.zone_code IN ('taikang', 'shenqiu')`,
    );
    expect(rows.map((r) => r.source_citation)).toEqual([
      'entered by 市考核办 李明 through the API',
      'entered by 市考核办 李明 through the API',
    ]);
    expect((await written('inspection score')).map((r) => r.actor)).toEqual([
      '市考核办 李明 (inspector)',
      '市考核办 李明 (inspector)',
    ]);
    expect(code(await gql(PUBLISH_2014Q3, SECRETS.inspector))).toBe('FORBIDDEN');
    expect(await written('inspection ranking')).toEqual([]);
  });

  it('lets a planner read the draft the inspector changed, and still edit the plan’s layers', async () => {
    const zones = (await draft(SECRETS.planner))?.zones;
    expect(place(zones, 'taikang')?.consequence).toBe('表态发言');
    const project = await gql<{ createProject: { provenance: { citation: string } } }>(
      `mutation { createProject(input: { name: "测试项目·权限", zoneCode: "taikang", investmentYi: 1.5,
        status: PLANNED, geometry: { type: "Point", coordinates: [114.85, 34.04] } }) { provenance { citation } } }`,
      SECRETS.planner,
    );
    expect(project.errors).toBeUndefined();
    expect(project.data?.createProject.provenance.citation).toBe('entered by planner through the API');
    const inspector = await gql(
      `mutation { createProject(input: { name: "测试项目·越权", zoneCode: "taikang", investmentYi: 1.5,
        status: PLANNED, geometry: { type: "Point", coordinates: [114.85, 34.04] } }) { id } }`,
      SECRETS.inspector,
    );
    expect(code(inspector)).toBe('FORBIDDEN');
  });

  it('lets an admin publish, named by the configured name', async () => {
    const published = await gql<{ publishInspectionRanking: { publishedBy: string; zones: Zones } }>(
      PUBLISH_2014Q3,
      SECRETS.admin,
    );
    expect(published.errors).toBeUndefined();
    expect(published.data?.publishInspectionRanking.publishedBy).toBe('王芳 (admin)');
    expect(place(published.data?.publishInspectionRanking.zones, 'taikang')?.consequence).toBe('表态发言');
    expect((await written('inspection ranking')).map((r) => r.actor)).toEqual(['王芳 (admin)']);
  });

  it('shows no part of any token in an answer, a log line or the audit log', async () => {
    const history = await gql('{ inspectionRanking(period: "2014Q3") { publications { publishedBy } } }');
    expect(history.errors).toBeUndefined();
    const audit = await selectRows(api.atlas.db, sql`SELECT actor, after FROM audit_log`);
    const seen = JSON.stringify([answers, api.logs, audit]);
    expect(api.logs.length).toBeGreaterThan(0);
    for (const token of Object.values(SECRETS)) {
      expect(seen).not.toContain(token.slice(-4));
    }
  });
});

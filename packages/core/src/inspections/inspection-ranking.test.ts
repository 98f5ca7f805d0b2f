import { type AtlasDatabase, schema, seed } from '@atlas/db';
import { openTestDatabase } from '@atlas/db/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import type { CoreContext } from '../context';
import { recordProgressReport } from '../plan/record-progress';
import {
  type InspectionCriterion,
  inspectionCriteriaSet,
  replaceInspectionCriteria,
} from './inspection-criteria';
import { draftInspectionRanking, inspectionRanking } from './inspection-ranking';
import { publishInspectionRanking } from './publish-ranking';
import { recordInspectionScores } from './record-scores';

let atlas: AtlasDatabase;
const as = (role: Actor['role']): CoreContext => ({
  db: atlas.db,
  actor: { name: `test ${role}`, role, authenticated: true },
});

beforeAll(async () => {
  atlas = await openTestDatabase();
  await seed(atlas, { demo: true });
});
afterAll(() => atlas?.close());

const VISIT_AND_INVESTMENT: InspectionCriterion[] = [
  { code: 'inspection', nameZh: '现场观摩评分', nameEn: 'Visit', measure: 'INSPECTION_SCORE', weight: 60 },
  {
    code: 'investment',
    nameZh: '投资完成',
    nameEn: 'Investment',
    measure: 'INVESTMENT_COMPLETED',
    weight: 40,
  },
];

async function useCriteria(criteria: InspectionCriterion[]) {
  const current = await inspectionCriteriaSet(atlas.db);
  return replaceInspectionCriteria(as('admin'), {
    criteria,
    basedOnVersion: current?.version ?? 0,
    note: 'test weights',
  });
}

async function scoreRound(period: string, heldOn: string, scores: Record<string, number>) {
  const [round] = await atlas.db
    .select()
    .from(schema.inspectionRounds)
    .where(eq(schema.inspectionRounds.period, period));
  const recorded = round
    ? await atlas.db
        .select()
        .from(schema.inspectionScores)
        .where(eq(schema.inspectionScores.roundId, round.id))
    : [];
  await recordInspectionScores(as('inspector'), {
    period,
    kind: 'QUARTERLY',
    heldOn,
    scores: Object.entries(scores).map(([zoneCode, score]) => ({
      zoneCode,
      score,
      version: recorded.find((r) => r.zoneCode === zoneCode)?.version ?? null,
    })),
  });
}

async function reportInvestment(period: string, amounts: Record<string, number>) {
  for (const [zoneCode, value] of Object.entries(amounts)) {
    await recordProgressReport(as('planner'), { period, metric: 'fixed_asset_investment', zoneCode, value });
  }
}

const line = (ranking: { zones: { zoneCode: string; score: number | null; rank: number | null }[] } | null) =>
  Object.fromEntries(
    (ranking?.zones ?? []).filter((z) => z.rank !== null).map((z) => [z.zoneCode, [z.score, z.rank]]),
  );

describe('the demo ranking with the default criteria', () => {
  it('scores every zone on every criterion and totals them by weight', async () => {
    const ranking = await inspectionRanking(atlas.db, '2014Q4');
    expect(ranking).toMatchObject({
      status: 'DRAFT',
      version: null,
      criteriaVersion: 1,
      previousPeriod: '2014Q3',
    });
    expect(ranking?.criteria.map((c) => [c.measure, c.weight])).toEqual([
      ['INSPECTION_SCORE', 40],
      ['INVESTMENT_COMPLETED', 20],
      ['PROJECTS_COMPLETED_SHARE', 15],
      ['PROJECTS_STARTED_SHARE', 15],
      ['MAIN_BUSINESS_REVENUE', 10],
    ]);
    expect(ranking?.zones).toHaveLength(10);
    for (const zone of ranking?.zones ?? []) {
      expect(zone, zone.zoneCode).toMatchObject({ complete: true, missingCriteria: [], coverage: 1 });
      const weighted = zone.criteria.reduce((sum, c) => sum + c.appliedWeight * (c.value ?? 0), 0);
      expect(zone.score).toBeCloseTo(weighted, 1);
    }
    // Exactly one zone leads on investment, and it has 100.
    const investment = ranking?.zones.map((z) => z.criteria.find((c) => c.criterion === 'investment')?.value);
    expect(investment?.filter((v) => v === 100)).toHaveLength(1);
  });

  it('marks the default weights as ours, not the plan’s', async () => {
    expect((await inspectionCriteriaSet(atlas.db))?.provenance).toEqual({
      kind: 'APPROXIMATE',
      citation: expect.stringContaining('非规划原文'),
    });
  });
});

describe('weights as data', () => {
  it('lets only an admin replace the weights, as a new audited version, and re-scores the draft', async () => {
    const before = await draftInspectionRanking(atlas.db, '2014Q4');
    const visitOnly: InspectionCriterion[] = [
      { code: 'inspection', nameZh: '现场观摩评分', nameEn: 'Visit', measure: 'INSPECTION_SCORE', weight: 1 },
    ];
    await expect(
      replaceInspectionCriteria(as('planner'), { criteria: visitOnly, basedOnVersion: 1, note: 'x' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const set = await useCriteria(visitOnly);
    expect(set).toMatchObject({
      version: 2,
      createdBy: 'test admin (admin)',
      provenance: { kind: 'SURVEYED' },
    });
    await expect(
      replaceInspectionCriteria(as('admin'), { criteria: visitOnly, basedOnVersion: 1, note: 'late' }),
    ).rejects.toMatchObject({ code: 'STALE_VERSION' });
    const after = await draftInspectionRanking(atlas.db, '2014Q4');
    const visits = await atlas.db
      .select()
      .from(schema.inspectionScores)
      .where(eq(schema.inspectionScores.roundId, 'demo-2014Q4'));
    expect(Object.fromEntries(after?.zones.map((z) => [z.zoneCode, z.score]) ?? [])).toEqual(
      Object.fromEntries(visits.map((v) => [v.zoneCode, v.score])),
    );
    expect(after?.zones.map((z) => z.score)).not.toEqual(before?.zones.map((z) => z.score));
    expect((await inspectionCriteriaSet(atlas.db, 1))?.criteria).toHaveLength(5);
    const audit = await atlas.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.entity, 'inspection criteria'), eq(schema.auditLog.entityId, 'v2')));
    expect(audit).toHaveLength(1);
  });

  it('refuses a measure counted twice, a weight of 0 and an empty set', async () => {
    const admin = as('admin');
    const base = { basedOnVersion: 2, note: 'bad' };
    const visit = VISIT_AND_INVESTMENT[0] as InspectionCriterion;
    await expect(
      replaceInspectionCriteria(admin, { ...base, criteria: [visit, { ...visit, code: 'again' }] }),
    ).rejects.toThrow(/measure INSPECTION_SCORE is used twice/);
    await expect(
      replaceInspectionCriteria(admin, { ...base, criteria: [{ ...visit, weight: 0 }] }),
    ).rejects.toThrow(/must be above 0/);
    await expect(replaceInspectionCriteria(admin, { ...base, criteria: [] })).rejects.toMatchObject({
      code: 'BAD_INPUT',
    });
  });
});

describe('a ranking with missing data and ties', () => {
  beforeAll(async () => {
    await useCriteria(VISIT_AND_INVESTMENT);
    await scoreRound('2015Q1', '2015-04-10', { taikang: 90, xihua: 80, shenqiu: 90, fugou: 70 });
    await reportInvestment('2015Q1', { taikang: 10, xihua: 20, shenqiu: 10, huaiyang: 15 });
  });

  it('spreads a missing criterion’s weight, flags the zone, and leaves a zone with too little data unranked', async () => {
    const ranking = await inspectionRanking(atlas.db, '2015Q1');
    expect(line(ranking)).toEqual({
      xihua: [88, 1], // 0.6·80 + 0.4·100
      taikang: [74, 2], // 0.6·90 + 0.4·50
      shenqiu: [74, 2],
      fugou: [70, 4], // no investment report: the visit alone, weight 60 spread to 100 %
    });
    expect(ranking?.zones.find((z) => z.zoneCode === 'fugou')).toMatchObject({
      complete: false,
      missingCriteria: ['investment'],
      coverage: 0.6,
    });
    // huaiyang reported investment but was not visited: 40 % of the weight is too little to rank.
    expect(ranking?.zones.find((z) => z.zoneCode === 'huaiyang')).toMatchObject({
      score: null,
      rank: null,
      consequence: null,
      missingCriteria: ['inspection'],
    });
    expect(ranking?.missingDataRule).toMatch(/weight spread over the criteria with data/);
  });

  it('gives tied zones the same rank and the same consequence', async () => {
    const ranking = await inspectionRanking(atlas.db, '2015Q1');
    const consequence = (code: string) => ranking?.zones.find((z) => z.zoneCode === code)?.consequence;
    expect(['xihua', 'taikang', 'shenqiu'].map(consequence)).toEqual(['经验介绍', '经验介绍', '经验介绍']);
    expect(consequence('fugou')).toBe('表态发言');
    expect(ranking?.tieRule).toMatch(/equal totals share a rank/);
  });
});

describe('publishing', () => {
  it('refuses anyone but an admin, and a publication without a note', async () => {
    for (const role of ['viewer', 'planner', 'inspector'] as const) {
      const publishing = publishInspectionRanking(as(role), { period: '2015Q1', note: 'x' });
      await expect(publishing).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(
      publishInspectionRanking(as('admin'), { period: '2015Q1', note: ' ' }),
    ).rejects.toMatchObject({
      code: 'BAD_INPUT',
    });
    await expect(
      publishInspectionRanking(as('admin'), { period: '2013Q1', note: 'x' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('freezes a published ranking: later edits change the draft, not what was published', async () => {
    const v1 = await publishInspectionRanking(as('admin'), { period: '2015Q1', note: '4月例会审定' });
    expect(v1).toMatchObject({
      status: 'PUBLISHED',
      version: 1,
      note: '4月例会审定',
      publishedBy: 'test admin (admin)',
    });
    await scoreRound('2015Q1', '2015-04-10', { fugou: 99 });
    await useCriteria([{ ...(VISIT_AND_INVESTMENT[0] as InspectionCriterion), weight: 1 }]);

    const shown = await inspectionRanking(atlas.db, '2015Q1');
    expect(shown).toMatchObject({ status: 'PUBLISHED', version: 1, criteriaVersion: 3 });
    expect(line(shown)).toEqual(line(v1));
    expect(line(shown).fugou).toEqual([70, 4]);
    const draft = await inspectionRanking(atlas.db, '2015Q1', { draft: true });
    expect(draft).toMatchObject({ status: 'DRAFT', criteriaVersion: 4 });
    expect(line(draft).fugou).toEqual([99, 1]);
  });

  it('re-publishes as the next version, keeping the earlier one, audited both times', async () => {
    const v2 = await publishInspectionRanking(as('admin'), {
      period: '2015Q1',
      note: '复核后更正扶沟县评分',
    });
    expect(v2).toMatchObject({ version: 2, criteriaVersion: 4 });
    expect(line(await inspectionRanking(atlas.db, '2015Q1'))?.fugou).toEqual([99, 1]);
    expect(line(await inspectionRanking(atlas.db, '2015Q1', { version: 1 }))?.fugou).toEqual([70, 4]);
    expect(await inspectionRanking(atlas.db, '2015Q1', { version: 3 })).toBeNull();
    const audit = await atlas.db
      .select({ action: schema.auditLog.action, entityId: schema.auditLog.entityId })
      .from(schema.auditLog)
      .where(eq(schema.auditLog.entity, 'inspection ranking'))
      .orderBy(schema.auditLog.id);
    expect(audit).toEqual([
      { action: 'PUBLISH', entityId: '2015Q1/v1' },
      { action: 'REPUBLISH', entityId: '2015Q1/v2' },
    ]);
  });
});

describe('movement', () => {
  it('compares with the previous period as published, not as its data stands now', async () => {
    // Under the visit-only weights of v4: 2015Q1 was published as fugou 99, taikang 90, shenqiu 90, xihua 80.
    await scoreRound('2015Q2', '2015-07-10', { fugou: 60, taikang: 95, shenqiu: 85, xihua: 80 });
    await scoreRound('2015Q1', '2015-04-10', { fugou: 10 });
    const ranking = await inspectionRanking(atlas.db, '2015Q2');
    expect(ranking).toMatchObject({
      previousPeriod: '2015Q1',
      previousStatus: 'PUBLISHED',
      previousVersion: 2,
    });
    const moved = Object.fromEntries(
      ranking?.zones
        .filter((z) => z.rank !== null)
        .map((z) => [z.zoneCode, [z.previousRank, z.rank, z.movement]]) ?? [],
    );
    expect(moved).toEqual({
      taikang: [2, 1, 'UP'],
      shenqiu: [2, 2, 'SAME'],
      xihua: [4, 3, 'UP'],
      fugou: [1, 4, 'DOWN'],
    });
  });

  it('falls back to the previous period’s draft when it was never published', async () => {
    await scoreRound('2015Q3', '2015-10-10', { fugou: 70, taikang: 80 });
    const ranking = await inspectionRanking(atlas.db, '2015Q3');
    expect(ranking).toMatchObject({
      previousPeriod: '2015Q2',
      previousStatus: 'DRAFT',
      previousVersion: null,
    });
    const moved = Object.fromEntries(ranking?.zones.map((z) => [z.zoneCode, z.movement]) ?? []);
    expect(moved).toMatchObject({ taikang: 'SAME', fugou: 'UP', xihua: null, dancheng: null });
  });
});

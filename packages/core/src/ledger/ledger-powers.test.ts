import { type AtlasDatabase, schema, seed } from '@atlas/db';
import { openTestDatabase } from '@atlas/db/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import { setProjectAnnualPlan } from './annual-plan';
import { assignProblem, closeProblem, listProblems, raiseProblem } from './problems';
import { setProjectNodePlan } from './project-nodes';
import { setProjectResponsible } from './project-responsible';

let atlas: AtlasDatabase;
let own: { id: string; zoneCode: string };
let other: { id: string; zoneCode: string };

beforeAll(async () => {
  atlas = await openTestDatabase();
  await seed(atlas, { demo: true });
  const all = await atlas.db
    .select({ id: schema.projects.id, zoneCode: schema.projects.zoneCode })
    .from(schema.projects);
  own = all[0] as typeof own;
  other = all.find((p) => p.zoneCode !== own.zoneCode) as typeof other;
});
afterAll(() => atlas?.close());

const reporter = (): Actor => ({
  name: 'reporter',
  role: 'zone_reporter',
  authenticated: true,
  zoneCode: own.zoneCode,
  userId: 1,
});
const ctx = (actor: Actor) => ({ db: atlas.db, actor });

/** The four zone-scoped ledger writes, for one project. */
const writes = (projectId: string) => ({
  setProjectAnnualPlan: (a: Actor) =>
    setProjectAnnualPlan(ctx(a), { projectId, year: 2015, plannedWan: 1234 }),
  setProjectResponsible: (a: Actor) =>
    setProjectResponsible(ctx(a), { projectId, leaderName: '示例测试', responsibleUnit: '示例单位' }),
  setProjectNodePlan: (a: Actor) =>
    setProjectNodePlan(ctx(a), { projectId, node: 'IN_PRODUCTION', plannedOn: '2016-12-31' }),
  raiseProblem: (a: Actor) =>
    raiseProblem(ctx(a), {
      projectId,
      description: '示例问题',
      responsibleUnit: '示例单位',
      dueOn: '2030-01-01',
    }),
});

async function footprint(projectId: string) {
  const [plan] = await atlas.db
    .select()
    .from(schema.projectAnnualPlans)
    .where(and(eq(schema.projectAnnualPlans.projectId, projectId), eq(schema.projectAnnualPlans.year, 2015)));
  const [responsible] = await atlas.db
    .select()
    .from(schema.projectResponsibles)
    .where(eq(schema.projectResponsibles.projectId, projectId));
  const nodes = await atlas.db
    .select()
    .from(schema.projectNodes)
    .where(eq(schema.projectNodes.projectId, projectId));
  const problems = await listProblems(atlas.db, { projectIds: [projectId] });
  return { plan, responsible, nodes, problems };
}

describe('ledger writes are zone-scoped', () => {
  for (const verb of Object.keys(writes('x')) as (keyof ReturnType<typeof writes>)[]) {
    it(`${verb}: a zone reporter is refused in another zone, writing nothing, and allowed in its own`, async () => {
      const before = await footprint(other.id);
      await expect(writes(other.id)[verb](reporter())).rejects.toMatchObject({
        code: 'FORBIDDEN',
        message: expect.stringContaining(other.zoneCode),
      });
      expect(await footprint(other.id)).toEqual(before);
      await expect(writes(own.id)[verb](reporter())).resolves.toBeTruthy();
    });
  }

  it('refuses a zone reporter without a zone everywhere', async () => {
    const lost: Actor = { name: 'lost', role: 'zone_reporter', authenticated: true, zoneCode: null };
    await expect(writes(own.id).setProjectAnnualPlan(lost)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('keeps assigning and closing problems to planners and admins', async () => {
    const [p] = await listProblems(atlas.db, { projectIds: [own.id] });
    expect(p).toBeDefined();
    await expect(
      assignProblem(ctx(reporter()), String(p?.id), p?.version ?? 1, {
        responsibleUnit: 'x',
        dueOn: '2030-01-01',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(closeProblem(ctx(reporter()), String(p?.id), p?.version ?? 1, 'done')).rejects.toMatchObject(
      {
        code: 'FORBIDDEN',
      },
    );
  });
});

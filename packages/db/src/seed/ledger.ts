import type { DemoData, ReportedWorksKind } from '@atlas/data';
import { eq } from 'drizzle-orm';
import type { AtlasDb } from '../client';
import {
  facilities,
  gridProjects,
  projectAnnualPlans,
  projectNodes,
  projectProblems,
  projectResponsibles,
  relocationSites,
  roadLinks,
} from '../schema';
import { source } from './provenance';

/** Inserts the demo project ledger: 2014 plans, responsible leaders, node dates and problems, all DEMO. */
export async function seedDemoLedger(db: AtlasDb, demo: DemoData): Promise<void> {
  const { ledger } = demo;
  const from = source(ledger.provenance);
  await db
    .insert(projectAnnualPlans)
    .values(ledger.annualPlans.map(({ projectCode, ...p }) => ({ projectId: projectCode, ...p, ...from })));
  await db
    .insert(projectResponsibles)
    .values(ledger.responsibles.map(({ projectCode, ...r }) => ({ projectId: projectCode, ...r, ...from })));
  await db
    .insert(projectNodes)
    .values(ledger.nodes.map(({ projectCode, ...n }) => ({ projectId: projectCode, ...n, ...from })));
  await db.insert(projectProblems).values(
    ledger.problems.map(({ projectCode, raisedAt, closingNote, status, ...p }) => ({
      projectId: projectCode,
      ...p,
      status,
      raisedBy: '示例 demo',
      raisedAt: new Date(`${raisedAt}T09:00:00+08:00`),
      assignedBy: status === 'OPEN' ? null : '示例 demo',
      closedBy: status === 'CLOSED' ? '示例 demo' : null,
      closedAt: status === 'CLOSED' ? new Date(`${p.dueOn}T17:00:00+08:00`) : null,
      closingNote,
      ...from,
    })),
  );
}

const WORKS_TABLES = {
  ROAD_LINK: roadLinks,
  GRID_PROJECT: gridProjects,
  FACILITY: facilities,
  RELOCATION_SITE: relocationSites,
} as const satisfies Record<ReportedWorksKind, unknown>;

/** Gives every demo work its schedule; the plan's own works keep none where the plan states none. */
export async function seedDemoWorksSchedules(db: AtlasDb, demo: DemoData): Promise<void> {
  for (const { kind, code, householdsMoved, ...schedule } of demo.worksSchedules) {
    if (kind === 'RELOCATION_SITE') {
      await db
        .update(relocationSites)
        .set({ ...schedule, householdsMoved: householdsMoved ?? 0 })
        .where(eq(relocationSites.id, code));
      continue;
    }
    const table = WORKS_TABLES[kind];
    await db.update(table).set(schedule).where(eq(table.id, code));
  }
}

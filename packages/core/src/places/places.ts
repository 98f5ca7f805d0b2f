import { type AtlasDb, schema } from '@atlas/db';
import { asc, eq } from 'drizzle-orm';

const { clusters, projects, progressReports } = schema;

/** The clusters, leading tier first. */
export function listClusters(db: AtlasDb) {
  return db.select().from(clusters).orderBy(asc(clusters.tier), asc(clusters.code));
}

export async function getProject(db: AtlasDb, id: string) {
  const [row] = await db.select().from(projects).where(eq(projects.id, id));
  return row ?? null;
}

/** Reported figures, optionally of one period, in period order. */
export function listProgressReports(db: AtlasDb, period?: string | null) {
  return db
    .select()
    .from(progressReports)
    .where(period ? eq(progressReports.period, period) : undefined)
    .orderBy(asc(progressReports.period), asc(progressReports.id));
}

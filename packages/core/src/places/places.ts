import { type AtlasDb, schema } from '@atlas/db';
import { asc, eq } from 'drizzle-orm';
import { checkedPeriod } from '../period-checks';

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
  // A malformed period is named rather than answered with an empty list; `2014-09` reads as `2014M09`.
  const written = period ? checkedPeriod(period).toString() : null;
  return db
    .select()
    .from(progressReports)
    .where(written ? eq(progressReports.period, written) : undefined)
    .orderBy(asc(progressReports.period), asc(progressReports.id));
}

import { type AtlasDb, schema } from '@atlas/db';
import { eq } from 'drizzle-orm';
import { type Action, requireZonePermission } from '../actor';
import type { CoreContext } from '../context';
import { notFound } from '../errors';

const { projects } = schema;

export interface LedgerProject {
  readonly id: string;
  readonly name: string;
  readonly zoneCode: string;
}

/**
 * The project a ledger write is about, after checking the actor may do `action` in the project's
 * zone: a zone reporter only in its own. NOT_FOUND for an unknown id.
 */
export async function projectForLedgerWrite(
  ctx: CoreContext,
  db: AtlasDb,
  projectId: string,
  action: Action,
): Promise<LedgerProject> {
  const [project] = await db
    .select({ id: projects.id, name: projects.name, zoneCode: projects.zoneCode })
    .from(projects)
    .where(eq(projects.id, projectId));
  if (!project) throw notFound('项目 / project', projectId);
  requireZonePermission(ctx.actor, action, project.zoneCode);
  return project;
}

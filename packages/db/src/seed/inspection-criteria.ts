import { DEFAULT_INSPECTION_CRITERIA, DEFAULT_INSPECTION_CRITERIA_PROVENANCE } from '@atlas/data';
import type { AtlasDb } from '../client';
import { inspectionCriteria, inspectionCriteriaSets } from '../schema';
import { source } from './provenance';

/** Version 1 of the scoring criteria: our default weights, marked as not the plan's. */
export async function seedInspectionCriteria(db: AtlasDb): Promise<void> {
  await db.insert(inspectionCriteriaSets).values({
    version: 1,
    note: '默认评分标准 / default scoring criteria',
    createdBy: 'seed',
    ...source(DEFAULT_INSPECTION_CRITERIA_PROVENANCE),
  });
  await db
    .insert(inspectionCriteria)
    .values(DEFAULT_INSPECTION_CRITERIA.map((c) => ({ setVersion: 1, ...c })));
}

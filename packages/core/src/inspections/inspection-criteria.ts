import { INSPECTION_MEASURES, type InspectionMeasure, type Provenance } from '@atlas/data';
import { type AtlasDb, bumpDataVersion, schema } from '@atlas/db';
import { asc, desc, eq } from 'drizzle-orm';
import { requirePermission } from '../actor';
import { writeAudit } from '../audit';
import type { CoreContext } from '../context';
import { badInput, notFound } from '../errors';
import { checkedText } from '../text-checks';
import { type ProvenanceInput, staleVersion, translateDbError, writtenProvenance } from '../write-checks';

const { inspectionCriteria, inspectionCriteriaSets } = schema;

/** One thing the zones are scored on, how it is measured, and its relative weight. */
export interface InspectionCriterion {
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly measure: InspectionMeasure;
  readonly weight: number;
}

/** A version of the scoring criteria, as a ranking is scored with it. */
export interface InspectionCriteriaSet {
  readonly version: number;
  readonly note: string;
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly provenance: Provenance;
  readonly criteria: InspectionCriterion[];
}

/** The criteria set of `version`, or the newest when no version is asked for; null when there is none. */
export async function inspectionCriteriaSet(
  db: AtlasDb,
  version?: number | null,
): Promise<InspectionCriteriaSet | null> {
  const [set] = await db
    .select()
    .from(inspectionCriteriaSets)
    .where(version == null ? undefined : eq(inspectionCriteriaSets.version, version))
    .orderBy(desc(inspectionCriteriaSets.version))
    .limit(1);
  if (!set) return null;
  const criteria = await db
    .select()
    .from(inspectionCriteria)
    .where(eq(inspectionCriteria.setVersion, set.version))
    .orderBy(desc(inspectionCriteria.weight), asc(inspectionCriteria.code));
  return {
    version: set.version,
    note: set.note,
    createdBy: set.createdBy,
    createdAt: set.createdAt,
    provenance: { kind: set.sourceKind, citation: set.sourceCitation },
    criteria: criteria.map(({ setVersion, ...c }) => c),
  };
}

export interface InspectionCriteriaInput {
  readonly criteria: readonly InspectionCriterion[];
  /** The version the admin read: a set replaced since then is not silently overwritten. */
  readonly basedOnVersion: number;
  readonly note: string;
  readonly provenance?: ProvenanceInput | null;
}

/** A criterion as it will be stored: code and names checked like any text sent, names trimmed. */
function checkedCriterion(c: InspectionCriterion): InspectionCriterion {
  checkedText(c.code, 'criteria.code', 'code');
  if (!/^[a-z][a-z0-9_]*$/.test(c.code))
    throw badInput(`指标代码 ${c.code} 无效 / criterion code ${c.code} must be lower_snake_case`);
  if (!c.nameZh.trim() || !c.nameEn.trim())
    throw badInput(`指标 ${c.code} 缺少名称 / criterion ${c.code} needs a Chinese and an English name`);
  const nameZh = checkedText(c.nameZh, `criteria.${c.code}.nameZh`, 'name');
  const nameEn = checkedText(c.nameEn, `criteria.${c.code}.nameEn`, 'name');
  if (!INSPECTION_MEASURES.includes(c.measure))
    throw badInput(`未知的计量方式 ${c.measure} / unknown measure ${c.measure}`);
  if (!(Number.isFinite(c.weight) && c.weight > 0))
    throw badInput(`指标 ${c.code} 的权重须大于 0 / the weight of ${c.code} must be above 0`);
  return { ...c, nameZh, nameEn };
}

/** The criteria and note as they will be stored, or BAD_INPUT. */
function checkCriteria(input: InspectionCriteriaInput): { criteria: InspectionCriterion[]; note: string } {
  if (input.criteria.length === 0) throw badInput('至少需要一项指标 / at least one criterion is needed');
  if (!input.note.trim()) throw badInput('请说明修改原因 / say why the criteria change');
  const note = checkedText(input.note, 'note', 'note');
  const criteria = input.criteria.map(checkedCriterion);
  const twice = (key: (c: InspectionCriterion) => string) =>
    input.criteria.find((c, i) => input.criteria.findIndex((d) => key(d) === key(c)) !== i);
  const code = twice((c) => c.code);
  if (code) throw badInput(`指标 ${code.code} 重复 / criterion ${code.code} appears twice`);
  const measure = twice((c) => c.measure);
  if (measure) throw badInput(`计量方式 ${measure.measure} 重复 / measure ${measure.measure} is used twice`);
  return { criteria, note };
}

/**
 * Replaces the scoring criteria and weights with a new version, keeping every earlier one (published
 * rankings name the version they used). Admin only; audited.
 */
export async function replaceInspectionCriteria(
  ctx: CoreContext,
  input: InspectionCriteriaInput,
): Promise<InspectionCriteriaSet> {
  requirePermission(ctx.actor, 'changeCriteria');
  const { criteria, note } = checkCriteria(input);
  const provenance = writtenProvenance(ctx.actor, input.provenance);
  const version = await ctx.db
    .transaction(async (tx) => {
      const [latest] = await tx
        .select()
        .from(inspectionCriteriaSets)
        .orderBy(desc(inspectionCriteriaSets.version))
        .limit(1)
        .for('update');
      const current = latest?.version ?? 0;
      if (current !== input.basedOnVersion)
        throw staleVersion('inspection criteria', 'set', input.basedOnVersion, current);
      const before = latest ? await inspectionCriteriaSet(tx, current) : null;
      const next = current + 1;
      await tx.insert(inspectionCriteriaSets).values({
        version: next,
        note,
        createdBy: `${ctx.actor.name} (${ctx.actor.role})`,
        sourceKind: provenance.kind,
        sourceCitation: provenance.citation,
      });
      await tx.insert(inspectionCriteria).values(criteria.map((c) => ({ setVersion: next, ...c })));
      await writeAudit(tx, ctx.actor, {
        action: 'CREATE',
        entity: 'inspection criteria',
        entityId: `v${next}`,
        before,
        after: await inspectionCriteriaSet(tx, next),
      });
      await bumpDataVersion(tx);
      return next;
    })
    .catch(translateDbError);
  const created = await inspectionCriteriaSet(ctx.db, version);
  if (!created) throw notFound('inspection criteria', `v${version}`);
  return created;
}

import type { Provenance, SourceKind } from '@atlas/data';
import { type AtlasDb, driverErrorOf, schema } from '@atlas/db';
import { type GeometryTypeName, validateGeometry, WRITE_GEOMETRY_LIMITS } from '@atlas/geo';
import { eq } from 'drizzle-orm';
import type { Geometry } from 'geojson';
import type { Actor } from './actor';
import { AtlasError, badInput } from './errors';
import { checkedDecimal, MONEY_YI } from './number-checks';
import { checkedText } from './text-checks';

/**
 * A geometry a planner sent, checked and normalized (counter-clockwise, 6 decimals), or BAD_INPUT:
 * first its size against `WRITE_GEOMETRY_LIMITS` in one pass, then its shape. Whether its rings cross
 * is PostGIS's to say, in the write's transaction (`checkTopology`).
 */
export function checkedGeometry<T extends Geometry>(input: unknown, allowed: readonly GeometryTypeName[]): T {
  const result = validateGeometry<T>(input, { allowed, limits: WRITE_GEOMETRY_LIMITS });
  if (!result.ok)
    throw badInput(result.problems.map((p) => p.message).join('; '), { problems: result.problems });
  return result.geometry;
}

/** Money in 亿元: 0 to 100,000, at most 4 decimals (1 万元); see `MONEY_YI`. */
export function checkedMoney(value: number | null | undefined, field: string): void {
  checkedDecimal(value, field, MONEY_YI);
}

export function checkedCount(value: number | null | undefined, field: string): void {
  if (value === null || value === undefined) return;
  if (!Number.isInteger(value) || value < 0)
    throw badInput(`${field} 须为非负整数 / ${field} must be a whole number ≥ 0`);
}

export async function requireZone(db: AtlasDb, code: string | null | undefined): Promise<void> {
  if (!code) return;
  checkedText(code, 'zoneCode', 'code');
  const [zone] = await db
    .select({ code: schema.zones.code })
    .from(schema.zones)
    .where(eq(schema.zones.code, code));
  if (!zone) throw badInput(`未知的产业集聚区代码 ${code} / Unknown zone code ${code}`);
}

export async function requireCluster(db: AtlasDb, code: string | null | undefined): Promise<void> {
  if (!code) return;
  checkedText(code, 'clusterCode', 'code');
  const [cluster] = await db
    .select({ code: schema.clusters.code })
    .from(schema.clusters)
    .where(eq(schema.clusters.code, code));
  if (!cluster) throw badInput(`未知的产业集群代码 ${code} / Unknown cluster code ${code}`);
}

export interface ProvenanceInput {
  readonly kind: SourceKind;
  readonly citation: string;
}

/**
 * The provenance of what a planner writes: what they say it is, else "surveyed, entered by them".
 * Nobody may write DEMO, PLAN_TEXT or REPORTED through the API: demo data is generated, the plan is
 * fixed text, and REPORTED is what accepting a zone's monthly report writes, citing that report.
 */
export function writtenProvenance(actor: Actor, input: ProvenanceInput | null | undefined): Provenance {
  if (!input) return { kind: 'SURVEYED', citation: `entered by ${actor.name} through the API` };
  if (input.kind === 'DEMO' || input.kind === 'PLAN_TEXT' || input.kind === 'REPORTED') {
    throw badInput(`来源不能为 ${input.kind} / provenance ${input.kind} cannot be written through the API`);
  }
  if (input.citation.trim().length === 0) throw badInput('请注明来源 / provenance needs a citation');
  return { kind: input.kind, citation: checkedText(input.citation, 'provenance.citation', 'citation') };
}

/** A write that lost a race: someone changed the record since the writer read it. */
export function staleVersion(entity: string, id: string, sent: number, current: number): AtlasError {
  return new AtlasError(
    'STALE_VERSION',
    `${entity} ${id} 已被他人修改(您的版本 ${sent},当前 ${current}),请刷新后重试 / ${entity} ${id} changed since you read it (your version ${sent}, now ${current}): reload and try again`,
    { id, sentVersion: sent, currentVersion: current },
  );
}

/**
 * SQLSTATEs by which the database refuses a value it was sent, not a fault of ours: numeric out of
 * range, invalid text for a type (a uuid, a number), a string too long for its column, NUL or a bad
 * byte in text, a malformed or impossible date.
 */
const REFUSED_VALUES: Record<string, string> = {
  '22003': '数值超出范围 / a number is out of range',
  '22P02': '数值格式无效 / a value is not valid for its type',
  '22001': '文字过长 / a text is too long',
  '22021': '文字含有无效字符 / a text contains an invalid character',
  '22007': '日期格式无效 / a date is not valid',
  '22008': '日期超出范围 / a date is out of range',
};

/** The BAD_INPUT a database error stands for when the input caused it (see `REFUSED_VALUES`), else null. */
export function inputErrorOf(error: unknown): AtlasError | null {
  const code = driverErrorOf(error)?.code;
  const message = code === undefined ? undefined : REFUSED_VALUES[code];
  return message ? badInput(message, { sqlState: code }) : null;
}

/** Turns a database refusal (a CHECK or foreign key) into BAD_INPUT, so no SQL reaches the caller. */
export function translateDbError(error: unknown): never {
  const refused = inputErrorOf(error);
  if (refused) throw refused;
  const { code, constraint } = driverErrorOf(error) ?? {};
  if (code === '23514')
    throw badInput(
      `数据不符合约束 ${constraint ?? ''} / the database refused the value (${constraint ?? 'check'})`,
    );
  if (code === '23503')
    throw badInput(`引用的记录不存在 / a referenced record does not exist (${constraint ?? 'foreign key'})`);
  if (code === '22023' || code === 'XX000') throw badInput('几何数据无效 / the geometry is not valid');
  throw error;
}

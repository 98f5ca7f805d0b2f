import { schema } from '@atlas/db';
import { inspectionRanking } from '../inspections/inspection-ranking';
import { requireZone } from '../write-checks';
import { decimal, flag, integer, PROVENANCE_COLUMNS, text } from './layer-columns';
import type { LayerDefinition } from './layer-definition';
import { pageOf } from './layer-in-memory';

/** With no period, the newest round, as the inspection screen opens. */
const LATEST = 'latest';

/**
 * The zones ranked at one inspection round, as `inspectionRanking(period)` answers: the newest
 * published version, else the live draft (which every reader may see, as in GraphQL). A zone a
 * line; each criterion's part as `code=value` in one column.
 */
export const INSPECTION_RANKING_LAYER: LayerDefinition = {
  title: { zh: '观摩排名', en: 'Inspection ranking' },
  columns: [
    text('id', '编号', 'ID'),
    text('period', '观摩时期', 'Period'),
    text('kind', '观摩类型', 'Kind'),
    text('rankingStatus', '排名状态', 'Ranking status'),
    integer('rankingVersion', '发布版本', 'Published version'),
    text('zoneCode', '园区代码', 'Zone code'),
    text('zoneName', '园区', 'Zone'),
    decimal('score', '得分', 'Score', '0.0'),
    integer('rank', '名次', 'Rank'),
    integer('previousRank', '上期名次', 'Previous rank'),
    text('movement', '较上期', 'Movement'),
    text('consequence', '奖惩', 'Consequence'),
    flag('complete', '数据完整', 'Complete'),
    text('missingCriteria', '缺数据指标', 'Missing criteria'),
    decimal('coverage', '有数据权重占比', 'Coverage', '0.0%'),
    text('criteria', '分项得分', 'Criterion scores'),
    ...PROVENANCE_COLUMNS,
  ],
  hasGeometry: false,
  filters: ['zone', 'period'],
  async read(ctx, filters, window) {
    await requireZone(ctx.db, filters.zone);
    const ranking = await inspectionRanking(ctx.db, filters.period ?? LATEST);
    if (!ranking) return { rows: [], numberMatched: 0 };
    const names = new Map(
      (await ctx.db.select({ code: schema.zones.code, name: schema.zones.name }).from(schema.zones)).map(
        (z) => [z.code, z.name],
      ),
    );
    const rows = ranking.zones
      .filter((z) => !filters.zone || z.zoneCode === filters.zone)
      .map((z) => ({
        id: `${ranking.period}:${z.zoneCode}`,
        geometry: null,
        properties: {
          id: `${ranking.period}:${z.zoneCode}`,
          period: ranking.period,
          kind: ranking.kind,
          rankingStatus: ranking.status,
          rankingVersion: ranking.version,
          zoneCode: z.zoneCode,
          zoneName: names.get(z.zoneCode) ?? null,
          score: z.score,
          rank: z.rank,
          previousRank: z.previousRank,
          movement: z.movement,
          consequence: z.consequence,
          complete: z.complete,
          missingCriteria: z.missingCriteria.join(';'),
          coverage: z.coverage,
          criteria: z.criteria.map((c) => `${c.criterion}=${c.value ?? '—'}`).join(';'),
          sourceKind: ranking.provenance.kind,
          sourceCitation: ranking.provenance.citation,
        },
      }));
    return pageOf('inspectionRanking', rows, window);
  },
};

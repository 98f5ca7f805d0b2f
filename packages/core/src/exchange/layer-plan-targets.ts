import { METRIC_LABELS } from '@atlas/data';
import { type AtlasDb, schema } from '@atlas/db';
import { asc } from 'drizzle-orm';
import { checkedPeriod } from '../period-checks';
import { targetProgress } from '../plan/target-progress';
import { decimal, flag, integer, PROVENANCE_COLUMNS, text } from './layer-columns';
import type { LayerDefinition } from './layer-definition';
import { pageOf } from './layer-in-memory';

/** The years the plan sets targets for, when no period narrows them. */
async function targetYears(db: AtlasDb): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: schema.planTargets.year })
    .from(schema.planTargets)
    .orderBy(asc(schema.planTargets.year));
  return rows.map((r) => r.year);
}

/**
 * The plan's targets with their actuals, as `planTargets` answers them: `period` a year (actuals as
 * recorded now) or a quarter or month (actuals as at its end, the GraphQL `asOf`); every year without one.
 */
export const PLAN_TARGETS_LAYER: LayerDefinition = {
  title: { zh: '规划目标与完成情况', en: 'Plan targets' },
  columns: [
    integer('id', '编号', 'ID'),
    integer('year', '年度', 'Year'),
    text('metric', '指标代码', 'Metric'),
    text('label', '指标', 'Target (zh)'),
    text('labelEn', '指标(英文)', 'Target'),
    text('scope', '范围', 'Scope'),
    text('zoneCode', '园区代码', 'Zone code'),
    text('clusterCode', '产业集群代码', 'Cluster code'),
    text('comparator', '比较', 'Comparator'),
    decimal('value', '目标值', 'Target value', '#,##0.####'),
    decimal('valueMax', '目标上限', 'Target upper end', '#,##0.####'),
    text('unit', '单位', 'Unit'),
    flag('strive', '力争', 'Strive'),
    decimal('actual', '实际', 'Actual', '#,##0.####'),
    decimal('percentReached', '完成率(%)', 'Percent reached', '0.0'),
    flag('met', '已完成', 'Met'),
    text('actualSource', '实际值来源类型', 'Actual source kind'),
    text('quote', '方案原文', 'Plan text'),
    ...PROVENANCE_COLUMNS,
  ],
  hasGeometry: false,
  filters: ['zone', 'cluster', 'period'],
  async read(ctx, filters, window) {
    const period = filters.period ? checkedPeriod(filters.period) : null;
    const asOf = period && period.kind !== 'YEAR' ? period.toString() : null;
    const years = period ? [period.year] : await targetYears(ctx.db);
    const rows = [];
    for (const year of years) {
      const progress = await targetProgress(ctx.db, year, {
        zoneCode: filters.zone ?? null,
        clusterCode: filters.cluster ?? null,
        asOf,
      });
      for (const p of progress) {
        const t = p.target;
        const label = METRIC_LABELS[t.metric];
        rows.push({
          id: String(t.id),
          geometry: null,
          properties: {
            id: t.id,
            year: t.year,
            metric: t.metric,
            label: label?.zh ?? t.metric,
            labelEn: label?.en ?? t.metric,
            scope: t.scope,
            zoneCode: t.zoneCode,
            clusterCode: t.clusterCode,
            comparator: t.comparator,
            value: t.value,
            valueMax: t.valueMax,
            unit: t.unit,
            strive: t.strive,
            actual: p.actual,
            percentReached: p.percentReached,
            met: p.met,
            actualSource: p.actualSource,
            quote: t.quote,
            sourceKind: t.sourceKind,
            sourceCitation: t.sourceCitation,
          },
        });
      }
    }
    return pageOf('planTargets', rows, window);
  },
};

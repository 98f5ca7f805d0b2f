import { describe, expect, it } from 'vitest';
import type { ZoneTargetsQuery } from '../graphql/generated/graphql';
import { percentByZone, zoneTargetChoices } from './choropleth';

type PlanTarget = ZoneTargetsQuery['planTargets'][number];

const target = (over: Partial<PlanTarget>): PlanTarget => ({
  id: 1,
  metric: 'new_leading_enterprises_or_projects',
  label: '新引进龙头企业或项目',
  labelEn: 'New leading enterprises or projects',
  scope: 'ZONE',
  zoneCode: 'taikang',
  value: 2,
  valueMax: null,
  unit: 'COUNT',
  comparator: 'GTE',
  strive: false,
  actual: null,
  percentReached: null,
  actualSource: null,
  ...over,
});

describe('the choropleth', () => {
  const targets = [
    target({ zoneCode: 'taikang', actual: 3, percentReached: 150, actualSource: 'DEMO' }),
    target({ zoneCode: 'fugou' }),
    target({ id: 2, metric: 'college_partnerships', label: '校企合作', zoneCode: 'fugou', value: 1 }),
    target({ id: 3, metric: 'fixed_asset_investment', scope: 'ALL_ZONES', zoneCode: null, value: 825 }),
  ];

  it('offers only the targets the plan sets per zone, counting the zones with an actual', () => {
    expect(zoneTargetChoices(targets)).toEqual([
      {
        metric: 'new_leading_enterprises_or_projects',
        label: '新引进龙头企业或项目',
        labelEn: 'New leading enterprises or projects',
        zonesWithActual: 1,
      },
      {
        metric: 'college_partnerships',
        label: '校企合作',
        labelEn: 'New leading enterprises or projects',
        zonesWithActual: 0,
      },
    ]);
  });

  it('gives each zone its percent reached, and null (drawn as no data) where nothing is recorded', () => {
    const percents = percentByZone(targets, 'new_leading_enterprises_or_projects');
    expect(percents.get('taikang')).toBe(150);
    expect(percents.get('fugou')).toBeNull();
    expect(percents.has('chuanhui')).toBe(false);
  });
});

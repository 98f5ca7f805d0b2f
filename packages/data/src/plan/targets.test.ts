import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INSPECTION_RULES } from './inspection-rules';
import { METRIC_LABELS } from './metrics';
import { PLAN_RULES } from './rules';
import { PLAN_TARGETS } from './targets';

const PLAN_TEXT = readFileSync(
  new URL('../../plan/zhoukou-2014-cluster-plan.zh.txt', import.meta.url),
  'utf8',
);

describe('the plan’s targets as data', () => {
  it('quote the plan verbatim, so every figure can be found in its text', () => {
    const quoted = [...PLAN_TARGETS, ...PLAN_RULES, ...INSPECTION_RULES];
    const missing = quoted.filter((t) => !PLAN_TEXT.includes(t.quote)).map((t) => t.quote);
    expect(missing).toEqual([]);
  });

  it('carry each figure in the words that quote it', () => {
    // 5.3万人次 is 53,000 and 25万千伏安 250,000: the text writes big numbers in 万.
    const written = (v: number) => [String(v), String(Math.abs(v)), `${v / 10000}万`];
    const unquoted = PLAN_TARGETS.filter(
      (t) => t.scope.kind === 'ALL_ZONES' && !written(t.value).some((w) => t.quote.includes(w)),
    );
    // Counted per zone or implied by "every zone" (10 zones connected to a trunk road): no digit to find.
    expect(unquoted.map((t) => t.metric)).toEqual(['zones_connected_to_national_or_provincial_road']);
  });

  it('mark a target strive exactly when the plan says 力争 or 争取', () => {
    const wrong = PLAN_TARGETS.filter((t) => t.strive !== /力争|争取/.test(t.quote)).map((t) => t.metric);
    expect(wrong).toEqual([]);
  });

  it('keep 接近 as ≈ and 超过 as >', () => {
    for (const t of PLAN_TARGETS) {
      if (t.quote.includes(`接近${t.value}`)) expect(t.comparator, t.metric).toBe('APPROX');
      if (t.quote.includes(`超过${t.value}`)) expect(t.comparator, t.metric).toBe('GT');
    }
  });

  it('give each metric and scope one target, all cited to a § and labelled', () => {
    const keys = PLAN_TARGETS.map((t) => `${t.metric}/${JSON.stringify(t.scope)}/${t.year}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const t of PLAN_TARGETS) {
      expect(t.provenance.citation, t.metric).toMatch(/§/);
      expect(METRIC_LABELS[t.metric], t.metric).toBeDefined();
    }
  });
});

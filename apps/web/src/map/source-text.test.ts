import { describe, expect, it } from 'vitest';
import { sourceText } from './source-text';

const DEMO_CITATION =
  'Demo data generated deterministically (seed 20140722) to fit the plan’s totals; not real projects or figures.';

describe('a record’s source line', () => {
  it('says a demo row is demo data in Chinese, with no English sentence', () => {
    const text = sourceText({ kind: 'DEMO', citation: DEMO_CITATION }, 'zh');
    expect(text).toMatch(/^演示数据 · /);
    expect(text).not.toMatch(/[A-Za-z]{3}/);
  });

  it('keeps the citation in English and for other sources', () => {
    expect(sourceText({ kind: 'DEMO', citation: DEMO_CITATION }, 'en')).toContain('seed 20140722');
    expect(sourceText({ kind: 'PLAN_TEXT', citation: '§二(四)3' }, 'zh')).toContain('§二(四)3');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENUM_LABELS, type EnumKind, label } from './enums';

/** The values of each enum in the API's committed schema. */
function schemaEnums(): Map<string, string[]> {
  const schema = readFileSync(new URL('../../../api/schema.graphql', import.meta.url), 'utf8');
  const enums = new Map<string, string[]>();
  for (const [, name, body] of schema.matchAll(/^enum (\w+) \{([^}]*)\}/gm)) {
    enums.set(name ?? '', (body ?? '').split(/\s+/).filter(Boolean));
  }
  return enums;
}

describe('enum labels', () => {
  const kinds = Object.keys(ENUM_LABELS) as EnumKind[];

  it('name exactly the values the API schema has, in both languages', () => {
    const schema = schemaEnums();
    for (const kind of kinds) {
      const values = schema.get(kind)?.sort();
      expect(Object.keys(ENUM_LABELS[kind].zh).sort(), kind).toEqual(values);
      expect(Object.keys(ENUM_LABELS[kind].en).sort(), kind).toEqual(values);
    }
  });

  it('are words in each language, except the comparator that needs none', () => {
    for (const kind of kinds) {
      for (const [value, en] of Object.entries(ENUM_LABELS[kind].en)) {
        if (kind === 'Comparator' && value === 'EQ') continue;
        expect(en, `${kind}.${value}`).toMatch(/^[^\u3400-\u9fff]+$/);
        expect((ENUM_LABELS[kind].zh as Record<string, string>)[value], `${kind}.${value}`).toMatch(
          /[\u3400-\u9fff]/,
        );
      }
    }
  });

  it('give the plan’s words', () => {
    expect(label('StarLevel', 'ONE_STAR', 'zh')).toBe('一星级');
    expect(label('StarLevel', 'BELOW_THRESHOLD', 'en')).toBe('Below threshold');
    expect(label('ProjectStatus', 'IN_PRODUCTION', 'zh')).toBe('投产');
    expect(label('ProjectStatus', 'IN_PRODUCTION', 'en')).toBe('In production');
    expect(label('ClusterTier', 'LEADING', 'en')).toBe('Leading (CNY 100 bn class)');
    expect(label('Comparator', 'GTE', 'zh')).toBe('不少于');
    expect(label('SourceKind', 'DEMO', 'en')).toBe('Demo data');
  });
});

import { readFileSync } from 'node:fs';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { ProjectStatus } from '../graphql/generated/graphql';
import { ENUM_LABELS, type EnumKind, type Labels, label } from './enums';

/** The values of each enum in the API's committed schema, read by graphql-js. */
function schemaEnums(): Map<string, string[]> {
  const schema = buildSchema(readFileSync(new URL('../../../api/schema.graphql', import.meta.url), 'utf8'));
  const enums = new Map<string, string[]>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type instanceof GraphQLEnumType)
      enums.set(
        type.name,
        type.getValues().map((v) => v.name),
      );
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

  it('are typed by the generated GraphQL enums, so a missing or stray label does not compile', () => {
    const complete: Labels<ProjectStatus> = ENUM_LABELS.ProjectStatus;
    const missing: Labels<ProjectStatus> = {
      zh: { PLANNED: '谋划', SIGNED: '签约', STARTED: '开工', COMPLETED: '竣工', IN_PRODUCTION: '投产' },
      // @ts-expect-error IN_PRODUCTION has no English word
      en: { PLANNED: 'Planned', SIGNED: 'Signed', STARTED: 'Started', COMPLETED: 'Completed' },
    };
    const stray: Labels<'LINE'> = {
      // @ts-expect-error CABLE is no value of the enum
      zh: { LINE: '线路', CABLE: '电缆' },
      en: { LINE: 'Line' },
    };
    expect([complete, missing, stray]).toHaveLength(3);
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

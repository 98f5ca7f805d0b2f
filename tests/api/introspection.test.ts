import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApi } from './harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi({ NODE_ENV: 'development' });
});
afterAll(() => api?.stop());

describe('introspection, where it is enabled', () => {
  it("answers graphql-js's standard introspection query, as GraphiQL and codegen send it", async () => {
    for (const query of [
      getIntrospectionQuery(),
      getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, schemaDescription: true }),
    ]) {
      const res = await api.gql<IntrospectionQuery>(query);
      expect(res.errors).toBeUndefined();
      expect(res.status).toBe(200);
      const schema = buildClientSchema(res.data as IntrospectionQuery);
      expect(Object.keys(schema.getQueryType()?.getFields() ?? {})).toContain('zones');
    }
  });
});

describe('introspection stays bounded', () => {
  it('refuses introspection lists nested past the standard query, with status 400', async () => {
    const res = await api.gql(
      '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }',
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeDefined();
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/introspection depth/);
  });

  it('keeps the depth limit for __type and refuses an over-budget query with status 400', async () => {
    const deep = `{ __type(name: "Query") { ${'ofType { '.repeat(14)}name${' }'.repeat(14)} } }`;
    const res = await api.gql(deep);
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
    const costly = await api.gql(
      '{ counties { geometry } a: counties { geometry } b: counties { geometry } }',
    );
    expect(costly.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(costly.status).toBe(400);
  });
});

describe('refusals planners read', () => {
  it('come in Chinese and English, the limits not called syntax errors', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: zones { code }`).join(' ');
    const tooMany = await api.gql(`{ ${aliases} }`);
    expect(tooMany.status).toBe(400);
    expect(tooMany.errors?.[0]?.message).toMatch(/^别名过多.*\/ Aliases limit of 15/);
    expect(tooMany.errors?.[0]?.message).not.toMatch(/Syntax Error/);
    const unknown = await api.gql('{ zones { nope } }');
    expect(unknown.errors?.[0]?.message).toMatch(/^类型 Zone 没有字段 nope \/ Cannot query field "nope"/);
    const broken = await api.gql('{ zones { ');
    expect(broken.errors?.[0]?.message).toMatch(/^查询语法错误 \/ Syntax Error/);
  });
});

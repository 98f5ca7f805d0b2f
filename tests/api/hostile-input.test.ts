import { selectRows } from '@atlas/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, type GraphqlResponse, startApi, TOKENS } from './harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.stop());

const CREATE = `mutation($input: ProjectInput!) { createProject(input: $input) { id name investmentYi provenance { citation } } }`;
const COUNT = `query($text: String) { projects(filter: { nameContains: $text }) { totalCount } }`;
const SEARCH = `query($text: String!) { search(text: $text) { id name } }`;
const project = {
  name: '敌意输入测试',
  zoneCode: 'taikang',
  investmentYi: 3.5,
  status: 'PLANNED',
  statusDate: '2014-08-01',
  geometry: { type: 'Point', coordinates: [114.85, 34.04] },
};
const HUGE = 1_900_000;

/** POSTs a body as given, so it can hold what JSON.stringify would never write (1e309). */
async function post(body: string, token?: string): Promise<GraphqlResponse> {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  const json = (await res.json()) as Pick<GraphqlResponse, 'data' | 'errors'>;
  return { status: res.status, headers: res.headers, ...json };
}

/** A refusal: HTTP 400, the given code, a message a person can read, no internals. */
function expectRefused(r: GraphqlResponse, code = 'BAD_USER_INPUT'): string {
  expect(r.errors?.[0]?.extensions?.code, JSON.stringify(r.errors)).toBe(code);
  expect(r.status, JSON.stringify(r.errors)).toBe(400);
  expect(r.data ?? null).toBeNull();
  const message = r.errors?.[0]?.message ?? '';
  expect(message).not.toMatch(/Internal server error|INSERT|SELECT|constraint "/);
  return message;
}

async function projectCount(): Promise<number> {
  const [row] = await selectRows<{ n: number }>(api.atlas.db, sql`SELECT count(*)::int AS n FROM projects`);
  return row?.n ?? 0;
}

describe('patterns and search text', () => {
  it('"%" and "_" match only names that contain them', async () => {
    const created = await api.gql(CREATE, { input: { ...project, name: '达产率100%_项目' } }, TOKENS.planner);
    expect(created.errors).toBeUndefined();
    const [names] = await selectRows<{ percent: number; underscore: number }>(
      api.atlas.db,
      sql`SELECT count(*) FILTER (WHERE strpos(name, '%') > 0)::int AS percent,
                 count(*) FILTER (WHERE strpos(name, '_') > 0)::int AS underscore FROM projects`,
    );
    for (const [text, expected] of [
      ['%', names?.percent],
      ['_', names?.underscore],
      ['100%_', 1],
    ] as const) {
      const r = await api.gql<{ projects: { totalCount: number } }>(COUNT, { text });
      expect(r.errors).toBeUndefined();
      expect(r.data?.projects.totalCount, text).toBe(expected);
    }
    const hits = await api.gql<{ search: { name: string }[] }>(SEARCH, { text: '%_' });
    expect(hits.data?.search.map((h) => h.name)).toEqual(['达产率100%_项目']);
  });

  it('refuses 12 concurrent 1.9 MB patterns at once, while an ordinary read answers quickly', async () => {
    const started = performance.now();
    const huge = Array.from({ length: 12 }, (_, i) => api.gql(COUNT, { text: `${'%'.repeat(HUGE)}${i}` }));
    const ordinary = (async () => {
      const t = performance.now();
      const r = await api.gql<{ projects: { totalCount: number } }>(COUNT, { text: '项目' });
      return { r, ms: performance.now() - t };
    })();
    for (const r of await Promise.all(huge))
      expect(expectRefused(r)).toBe(
        'nameContains 不能超过 100 个字符 / nameContains must be at most 100 characters',
      );
    const { r, ms } = await ordinary;
    expect(r.errors).toBeUndefined();
    expect(ms).toBeLessThan(3_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('refuses a 1.9 MB search text fast; 100 characters still search', async () => {
    const started = performance.now();
    expect(expectRefused(await api.gql(SEARCH, { text: 'x'.repeat(HUGE) }))).toMatch(
      /text must be at most 100 characters/,
    );
    expect(performance.now() - started).toBeLessThan(2_000);
    expect((await api.gql(SEARCH, { text: '周'.repeat(100) })).errors).toBeUndefined();
  });
});

describe('free text', () => {
  it.each([
    ['BEL', '\u0007', 'U+0007'],
    ['ESC', '\u001b', 'U+001B'],
    ['RLO', '\u202e', 'U+202E'],
    ['ZWJ', '\u200d', 'U+200D'],
    ['NUL', '\u0000', 'U+0000'],
  ])('refuses a name with %s as BAD_USER_INPUT 400, naming %s', async (_what, char, point) => {
    const before = await projectCount();
    const r = await api.gql(CREATE, { input: { ...project, name: `太康${char}项目` } }, TOKENS.planner);
    expect(expectRefused(r)).toContain(point);
    expect(r.errors?.[0]?.extensions).toMatchObject({ field: 'name', codePoint: point });
    expect(await projectCount()).toBe(before);
  });

  it('refuses control characters in citations, publish notes and criteria names too', async () => {
    const withCitation = await api.gql(
      CREATE,
      { input: { ...project, provenance: { kind: 'SURVEYED', citation: '调查\u202e表' } } },
      TOKENS.planner,
    );
    expect(expectRefused(withCitation)).toContain('U+202E');
    const publish = await api.gql(
      'mutation { publishInspectionRanking(period: "2014Q3", note: "已审核\\u0007") { version } }',
      {},
      TOKENS.admin,
    );
    expect(expectRefused(publish)).toContain('U+0007');
    const criteria = await api.gql(
      `mutation($input: InspectionCriteriaInput!) { replaceInspectionCriteria(input: $input) { version } }`,
      {
        input: {
          basedOnVersion: 1,
          note: '测试',
          criteria: [
            {
              code: 'score',
              nameZh: '观摩\u200d得分',
              nameEn: 'Score',
              measure: 'INSPECTION_SCORE',
              weight: 1,
            },
          ],
        },
      },
      TOKENS.admin,
    );
    expect(expectRefused(criteria)).toContain('U+200D');
  });

  it('refuses a 1.9 MB citation, and trims what it stores', async () => {
    const before = await projectCount();
    const r = await api.gql(
      CREATE,
      { input: { ...project, provenance: { kind: 'SURVEYED', citation: 'x'.repeat(HUGE) } } },
      TOKENS.planner,
    );
    expect(expectRefused(r)).toMatch(/at most 1000 characters/);
    expect(await projectCount()).toBe(before);
    const ok = await api.gql<{ createProject: { name: string; provenance: { citation: string } } }>(
      CREATE,
      {
        input: {
          ...project,
          name: '  修剪测试 ',
          provenance: { kind: 'SURVEYED', citation: ' 2014年调查 ' },
        },
      },
      TOKENS.planner,
    );
    expect(ok.data?.createProject).toMatchObject({
      name: '修剪测试',
      provenance: { citation: '2014年调查' },
    });
  });

  it('answers NUL in a read’s id as BAD_USER_INPUT, not an internal error', async () => {
    const r = await api.gql('query($id: ID!) { project(id: $id) { id } }', { id: 'a\u0000b' });
    if (r.errors) expect(r.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    else expect(r.data).toEqual({ project: null });
  });
});

describe('numbers', () => {
  it.each(['1e300', 'NaN', 'Infinity'])('refuses "%s" for money as BAD_USER_INPUT 400', async (text) => {
    expectRefused(await api.gql(CREATE, { input: { ...project, investmentYi: text } }, TOKENS.planner));
  });

  it('refuses 1e309 (Infinity once parsed) as BAD_USER_INPUT 400', async () => {
    const body = JSON.stringify({ query: CREATE, variables: { input: { ...project, investmentYi: 7 } } });
    expectRefused(await post(body.replace('"investmentYi":7', '"investmentYi":1e309'), TOKENS.planner));
    const filter = `{"query":"{ projects(filter: { minInvestmentYi: 1e309 }) { totalCount } }"}`;
    expectRefused(await post(filter));
  });

  it('refuses 1e300 as a number, and more than 4 decimals, as BAD_USER_INPUT 400, writing nothing', async () => {
    const before = await projectCount();
    expect(
      expectRefused(await api.gql(CREATE, { input: { ...project, investmentYi: 1e300 } }, TOKENS.planner)),
    ).toMatch(/at most 100000 亿元/);
    expect(
      expectRefused(await api.gql(CREATE, { input: { ...project, investmentYi: 0.00001 } }, TOKENS.planner)),
    ).toMatch(/at most 4 decimal places/);
    expect(await projectCount()).toBe(before);
  });

  it('stores 0.001 亿元 (10 万元) as 0.001: the money columns keep 4 decimals', async () => {
    const [column] = await selectRows<{ scale: number }>(
      api.atlas.db,
      sql`SELECT numeric_scale::int AS scale FROM information_schema.columns
          WHERE table_name = 'projects' AND column_name = 'investment_yi'`,
    );
    expect(column?.scale).toBe(4);
    const r = await api.gql<{ createProject: { investmentYi: number } }>(
      CREATE,
      { input: { ...project, investmentYi: 0.001 } },
      TOKENS.planner,
    );
    expect(r.data?.createProject.investmentYi).toBe(0.001);
  });
});

describe('refusals of the request itself answer 400', () => {
  it('a GraphQL syntax error', async () => {
    expectRefused(await api.gql('{ projects { '), 'GRAPHQL_PARSE_FAILED');
  });

  it('the token limit', async () => {
    expect(
      expectRefused(await api.gql(`{ zones { ${'code '.repeat(6_000)} } }`), 'GRAPHQL_PARSE_FAILED'),
    ).toMatch(/Token limit/);
  });

  it('the alias limit', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: zones { code }`).join(' ');
    expect(expectRefused(await api.gql(`{ ${aliases} }`), 'GRAPHQL_VALIDATION_FAILED')).toMatch(/Aliases/);
  });

  it('the depth limit', async () => {
    const deep = `{ zones { projects { zone { projects { zone { projects { zone { projects { zone { projects { zone { projects { zone { code } } } } } } } } } } } } } }`;
    expect(expectRefused(await api.gql(deep), 'GRAPHQL_VALIDATION_FAILED')).toMatch(/[Dd]epth/);
  });

  it('a variable that does not coerce', async () => {
    expectRefused(await api.gql('query($f: Int) { projects(first: $f) { totalCount } }', { f: 'abc' }));
  });

  it('malformed JSON', async () => {
    expectRefused(await post('{"query": '), 'BAD_REQUEST');
  });
});

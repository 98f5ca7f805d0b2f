import { monitorEventLoopDelay } from 'node:perf_hooks';
import { selectRows } from '@atlas/db';
import { FILTER_GEOMETRY_LIMITS, WRITE_GEOMETRY_LIMITS } from '@atlas/geo';
import { sql } from 'drizzle-orm';
import { BOWTIE, backAndForthJson, circle, star, strips } from '../api/abusive-geometries';
import { type ApiHarness, startApi, TOKENS } from '../api/harness';

/** One line of the report: what was measured, the figure, what it should be, and whether it is. */
export interface GeometryBenchLine {
  case: string;
  figure: string;
  target: string;
  pass: boolean;
}

/** No request may hold the event loop longer than this (issue 9). */
const STALL_BUDGET_MS = 200;
/** A refusal of an over-limit geometry should take about as long as parsing it. */
const REFUSAL_MS = 500;
const RUNS = 3;

const CREATE = `mutation($input: ProjectInput!) { createProject(input: $input) { id } }`;
const project = (geometry: unknown) => ({
  name: '几何基准',
  zoneCode: 'taikang',
  investmentYi: 1,
  status: 'PLANNED',
  geometry,
});

interface Measured {
  /** The slowest of the runs, wall time of the whole HTTP request. */
  wallMs: number;
  /** The longest the event loop was held during any run. */
  stallMs: number;
  /** The first error's `extensions.code` (or problem code), or "ok". */
  outcome: string;
}

async function post(api: ApiHarness, body: string, token?: string): Promise<string> {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  const json = (await res.json()) as {
    errors?: { extensions?: { code?: string; problems?: { code: string }[] } }[];
  };
  const error = json.errors?.[0]?.extensions;
  return error ? (error.problems?.[0]?.code ?? error.code ?? 'error') : 'ok';
}

/** Runs `send` RUNS times with the event loop watched (the harness server is in this process). */
async function measure(send: () => Promise<string>): Promise<Measured> {
  let [wallMs, stallMs, outcome] = [0, 0, ''];
  for (let run = 0; run < RUNS; run++) {
    const histogram = monitorEventLoopDelay({ resolution: 5 });
    histogram.enable();
    const started = performance.now();
    outcome = await send();
    wallMs = Math.max(wallMs, performance.now() - started);
    histogram.disable();
    stallMs = Math.max(stallMs, histogram.max / 1e6);
  }
  return { wallMs, stallMs, outcome };
}

/** The longest one ST_IsValidDetail takes on `geometry` in the harness's database, run RUNS times. */
async function validityMs(api: ApiHarness, geometry: unknown): Promise<number> {
  let longest = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    await selectRows(
      api.atlas.db,
      sql`SELECT valid FROM ST_IsValidDetail(ST_GeomFromGeoJSON(${JSON.stringify(geometry)}))`,
    );
    longest = Math.max(longest, performance.now() - started);
  }
  return longest;
}

const gql = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

function lines(name: string, m: Measured, expected: string, wallTargetMs: number): GeometryBenchLine[] {
  return [
    {
      case: `${name}: answer`,
      figure: `${m.outcome} in ${m.wallMs.toFixed(0)} ms`,
      target: `${expected} in < ${wallTargetMs} ms`,
      pass: m.outcome === expected && m.wallMs < wallTargetMs,
    },
    {
      case: `${name}: longest event-loop stall`,
      figure: `${m.stallMs.toFixed(0)} ms`,
      target: `< ${STALL_BUDGET_MS} ms`,
      pass: m.stallMs < STALL_BUDGET_MS,
    },
  ];
}

/**
 * The worst geometry a client can send, measured against a real API server on the test database
 * (PGlite, or PostgreSQL when DATABASE_URL is set): the largest valid polygon a write allows, built to
 * be PostGIS's most expensive validity test; the largest read filter of the same build; and the
 * refusals of what is over the limits. Each reports wall time and the longest event-loop stall. Runs
 * inside vitest (the harness takes its database from the run's template).
 *
 * @example
 * for (const line of await measureGeometryWorstCase()) console.log(line.case, line.figure, line.pass);
 */
export async function measureGeometryWorstCase(): Promise<GeometryBenchLine[]> {
  const api = await startApi();
  try {
    const atWriteLimit = strips(WRITE_GEOMETRY_LIMITS.positions);
    const atFilterLimit = strips(FILTER_GEOMETRY_LIMITS.positions);
    const validity = await validityMs(api, atWriteLimit);
    const report: GeometryBenchLine[] = [
      {
        case: `ST_IsValidDetail, worst valid polygon at the write limit (${WRITE_GEOMETRY_LIMITS.positions} positions)`,
        figure: `${validity.toFixed(0)} ms`,
        target: `< ${STALL_BUDGET_MS / 2} ms`,
        pass: validity < STALL_BUDGET_MS / 2,
      },
    ];
    const cases: [string, () => Promise<string>, string, number][] = [
      [
        'planner writes the worst valid polygon at the limit',
        () => post(api, gql(CREATE, { input: project(atWriteLimit) }), TOKENS.planner),
        'ok',
        1_000,
      ],
      [
        `anyone filters counties by the worst polygon at the filter limit (${FILTER_GEOMETRY_LIMITS.positions})`,
        () =>
          post(
            api,
            gql('query($g: GeoJSON) { counties(filter: { intersects: $g }) { adcode } }', {
              g: atFilterLimit,
            }),
          ),
        'ok',
        1_000,
      ],
      [
        'anonymous createProject, 20,000 positions',
        () => post(api, gql(CREATE, { input: project(circle(20_000)) })),
        'UNAUTHENTICATED',
        REFUSAL_MS,
      ],
      [
        'planner createProject, 20,000 positions',
        () => post(api, gql(CREATE, { input: project(circle(20_000)) }), TOKENS.planner),
        'TOO_MANY_POSITIONS',
        REFUSAL_MS,
      ],
      [
        'planner createProject, self-crossing star of 8,001',
        () => post(api, gql(CREATE, { input: project(star(8_001)) }), TOKENS.planner),
        'TOO_MANY_POSITIONS',
        REFUSAL_MS,
      ],
      [
        'anyone filters zones within 10,000 positions',
        () =>
          post(
            api,
            gql('query($g: GeoJSON) { zones(filter: { within: $g }) { code } }', { g: circle(10_000) }),
          ),
        'TOO_MANY_POSITIONS',
        REFUSAL_MS,
      ],
      [
        '1.8 MB body, 200,000 back-and-forth positions',
        () =>
          post(
            api,
            `{"query":${JSON.stringify(CREATE)},"variables":{"input":${JSON.stringify(project(null)).replace('null', backAndForthJson(200_000))}}}`,
            TOKENS.planner,
          ),
        'TOO_MANY_POSITIONS',
        REFUSAL_MS,
      ],
      [
        'planner createProject, bow-tie',
        () => post(api, gql(CREATE, { input: project(BOWTIE) }), TOKENS.planner),
        'SELF_INTERSECTION',
        REFUSAL_MS,
      ],
    ];
    for (const [name, send, expected, wallTargetMs] of cases) {
      report.push(...lines(name, await measure(send), expected, wallTargetMs));
    }
    return report;
  } finally {
    await api.stop();
  }
}

import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { type AtlasDatabase, selectRows } from '@atlas/db';
import { sql } from 'drizzle-orm';

/** Milliseconds on one monotonic clock shared by requests, probes and the database's stops and starts. */
export const now = () => performance.now();
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

export const READS = [
  '{ zones { code name } }',
  '{ projects(first: 20) { totalCount edges { node { id name status } } } }',
] as const;

export const CREATE_PROJECT = `mutation($input: ProjectInput!) { createProject(input: $input) { id name version } }`;

/** A valid project whose name carries `marker`, so the database can be searched for it afterwards. */
export function projectInput(marker: string) {
  return {
    name: marker,
    zoneCode: 'taikang',
    clusterCode: 'textile',
    investmentYi: 1.5,
    status: 'PLANNED',
    statusDate: '2014-08-01',
    geometry: { type: 'Point', coordinates: [114.85, 34.04] },
  };
}

/** What one request saw: when it left, when (and whether) it was answered, and how. */
export interface RequestRecord {
  kind: 'read' | 'write';
  sentAt: number;
  /** null: no answer, the client gave up (`timeout`) or the connection failed (`network`). */
  answeredAt: number | null;
  /** When the client stopped waiting: answered, gave up, or lost the connection. */
  endedAt: number;
  status: number | null;
  /** The first error's `extensions.code`. */
  code: string | null;
  retryAfter: string | null;
  replayed: boolean;
  failure: 'timeout' | 'network' | null;
  /** A write answered 200 with the created project and no error: the API promised it is stored. */
  acknowledged: boolean;
  marker?: string;
  idempotencyKey?: string;
  projectId?: string;
  body?: string;
}

export interface GqlCall {
  url: string;
  query: string;
  variables?: Record<string, unknown>;
  token?: string;
  idempotencyKey?: string;
  timeoutMs: number;
}

/** One GraphQL request over HTTP, never throwing: a timeout or a refused connection is recorded. */
export async function callGraphql(kind: RequestRecord['kind'], call: GqlCall): Promise<RequestRecord> {
  const sentAt = now();
  const record: RequestRecord = {
    kind,
    sentAt,
    answeredAt: null,
    endedAt: sentAt,
    status: null,
    code: null,
    retryAfter: null,
    replayed: false,
    failure: null,
    acknowledged: false,
  };
  try {
    const res = await fetch(`${call.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(call.token ? { authorization: `Bearer ${call.token}` } : {}),
        ...(call.idempotencyKey ? { 'idempotency-key': call.idempotencyKey } : {}),
      },
      body: JSON.stringify({ query: call.query, variables: call.variables ?? {} }),
      signal: AbortSignal.timeout(call.timeoutMs),
    });
    const text = await res.text();
    record.answeredAt = now();
    record.endedAt = record.answeredAt;
    record.status = res.status;
    record.retryAfter = res.headers.get('retry-after');
    record.replayed = res.headers.get('idempotency-replayed') === 'true';
    record.body = text;
    const json = parseJson(text);
    record.code = json?.errors?.[0]?.extensions?.code ?? null;
    const created = json?.data?.createProject;
    record.projectId = created?.id;
    record.acknowledged = kind === 'write' && res.status === 200 && !json?.errors && Boolean(created?.id);
  } catch (error) {
    const name = (error as Error).name;
    record.endedAt = now();
    record.failure = name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network';
  }
  return record;
}

interface GqlJson {
  data?: { createProject?: { id?: string } } | null;
  errors?: { extensions?: { code?: string } }[];
}

function parseJson(text: string): GqlJson | null {
  try {
    return JSON.parse(text) as GqlJson;
  } catch {
    return null;
  }
}

/** A planner's createProject named `marker`, sent with `key` as its Idempotency-Key. */
export function createProjectWithKey(write: {
  url: string;
  token: string;
  marker: string;
  key: string;
  timeoutMs?: number;
}): Promise<RequestRecord> {
  return callGraphql('write', {
    url: write.url,
    query: CREATE_PROJECT,
    variables: { input: projectInput(write.marker) },
    token: write.token,
    idempotencyKey: write.key,
    timeoutMs: write.timeoutMs ?? 15_000,
  });
}

export interface LoadOptions {
  apiUrl: string;
  plannerToken: string;
  /** Names this run's writes: every project it creates is called `fault-<runId>-w<n>`. */
  runId: string;
  readers?: number;
  writesPerSecond?: number;
  /** The load stops by itself after this long… */
  durationMs: number;
  /** …or after this many writes, whichever comes first. */
  maxWrites?: number;
  clientTimeoutMs?: number;
  /** A reader's pause between its answer and its next request. */
  readPauseMs?: number;
}

export interface LoadRun {
  readonly records: RequestRecord[];
  /** Ends the load early; resolves when every request sent has been answered or given up on. */
  stop(): Promise<RequestRecord[]>;
  readonly done: Promise<RequestRecord[]>;
}

export const markerPrefix = (runId: string) => `fault-${runId}-w`;

/**
 * A bounded load: `readers` closed-loop readers alternating the map's zones and a projects page,
 * and writes at a fixed rate (open loop: a slow answer does not slow the next write down), each a
 * createProject with its own Idempotency-Key and a unique name. Every request is recorded.
 */
export function startLoad(options: LoadOptions): LoadRun {
  const readers = options.readers ?? 4;
  const rate = options.writesPerSecond ?? 15;
  const timeoutMs = options.clientTimeoutMs ?? 15_000;
  const maxWrites = options.maxWrites ?? Math.ceil((rate * options.durationMs) / 1000);
  const records: RequestRecord[] = [];
  const startedAt = now();
  let stopped = false;
  const ends = () => stopped || now() - startedAt >= options.durationMs;

  const reader = async (n: number) => {
    for (let i = n; !ends(); i++) {
      const query = READS[i % READS.length] ?? READS[0];
      const record = await callGraphql('read', { url: options.apiUrl, query, timeoutMs });
      records.push(record);
      await sleep(record.status === 200 ? (options.readPauseMs ?? 10) : 100);
    }
  };
  const writes: Promise<void>[] = [];
  const writer = async () => {
    for (let n = 0; n < maxWrites && !ends(); n++) {
      await sleep(startedAt + (n * 1000) / rate - now());
      if (ends()) break;
      const marker = `${markerPrefix(options.runId)}${n}`;
      const idempotencyKey = `${options.runId}-${n}-${randomUUID()}`;
      writes.push(
        createProjectWithKey({
          url: options.apiUrl,
          token: options.plannerToken,
          marker,
          key: idempotencyKey,
          timeoutMs,
        }).then((record) => {
          records.push({ ...record, marker, idempotencyKey });
        }),
      );
    }
  };
  const done = Promise.all([...Array.from({ length: readers }, (_, n) => reader(n)), writer()])
    .then(() => Promise.all(writes))
    .then(() => records);
  return {
    records,
    done,
    stop() {
      stopped = true;
      return done;
    },
  };
}

export interface ProbeSample {
  sentAt: number;
  answeredAt: number | null;
  status: number | null;
  /** Until the answer, or until the probe gave up (`timeoutMs`). */
  latencyMs: number;
}

/** GET /readyz every `everyMs`, each on its own (a hanging probe does not delay the next one). */
export function startReadinessProbe(
  apiUrl: string,
  { everyMs = 200, timeoutMs = 5_000 } = {},
): { samples: ProbeSample[]; stop(): Promise<ProbeSample[]> } {
  const samples: ProbeSample[] = [];
  const pending = new Set<Promise<void>>();
  const probe = () => {
    const sentAt = now();
    const p = fetch(`${apiUrl}/readyz`, { signal: AbortSignal.timeout(timeoutMs) })
      .then(async (res) => {
        await res.arrayBuffer();
        const answeredAt = now();
        samples.push({ sentAt, answeredAt, status: res.status, latencyMs: answeredAt - sentAt });
      })
      .catch(() => {
        samples.push({ sentAt, answeredAt: null, status: null, latencyMs: now() - sentAt });
      })
      .finally(() => pending.delete(p));
    pending.add(p);
  };
  const timer = setInterval(probe, everyMs);
  probe();
  return {
    samples,
    async stop() {
      clearInterval(timer);
      await Promise.all(pending);
      return samples.sort((a, b) => a.sentAt - b.sentAt);
    },
  };
}

/** What the database holds of a run's writes, against what the API answered. */
export interface WriteVerdict {
  sent: number;
  acknowledged: number;
  committed: number;
  /** Acknowledged, yet not in the database. */
  lost: string[];
  /** Failed or unanswered, yet in the database: committed after the API gave up on them. */
  committedAfterFailure: string[];
  /** In the database more than once. */
  doubled: string[];
  /** Committed without exactly one CREATE audit record, or audited without being committed. */
  auditMismatches: string[];
}

/** Reads the run's markers back from the database itself, not through the API. */
export async function verifyWrites(
  atlas: AtlasDatabase,
  records: readonly RequestRecord[],
  runId: string,
): Promise<WriteVerdict> {
  const pattern = `${markerPrefix(runId)}%`;
  const rows = await selectRows<{ name: string; id: string; audits: number }>(
    atlas.db,
    sql`SELECT p.name, p.id::text AS id,
               (SELECT count(*)::int FROM audit_log a
                 WHERE a.entity = 'project' AND a.entity_id = p.id::text AND a.action = 'CREATE') AS audits
          FROM projects p WHERE p.name LIKE ${pattern}`,
  );
  const orphanAudits = await selectRows<{ name: string }>(
    atlas.db,
    sql`SELECT a.after->>'name' AS name FROM audit_log a
         WHERE a.entity = 'project' AND a.action = 'CREATE' AND a.after->>'name' LIKE ${pattern}
           AND NOT EXISTS (SELECT 1 FROM projects p WHERE p.id::text = a.entity_id)`,
  );
  const count = new Map<string, number>();
  for (const row of rows) count.set(row.name, (count.get(row.name) ?? 0) + 1);
  const writes = records.filter((r) => r.kind === 'write' && r.marker);
  const acknowledged = writes.filter((r) => r.acknowledged);
  return {
    sent: writes.length,
    acknowledged: acknowledged.length,
    committed: rows.length,
    lost: acknowledged.filter((r) => !count.has(r.marker ?? '')).map((r) => r.marker ?? ''),
    committedAfterFailure: writes
      .filter((r) => !r.acknowledged && count.has(r.marker ?? ''))
      .map((r) => `${r.marker} (${r.failure ?? `${r.status} ${r.code}`})`),
    doubled: [...count].filter(([, n]) => n > 1).map(([name, n]) => `${name} ×${n}`),
    auditMismatches: [
      ...rows.filter((r) => r.audits !== 1).map((r) => `${r.name}: ${r.audits} CREATE audit rows`),
      ...orphanAudits.map((r) => `${r.name}: audited, not committed`),
    ],
  };
}

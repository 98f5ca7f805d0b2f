import { z } from 'zod';

const blankAsUnset = (v: unknown) => (v === '' ? undefined : v);

const EnvSchema = z.object({
  API_PORT: z.preprocess(blankAsUnset, z.coerce.number().int().min(0).max(65535).default(4000)),
  API_HOST: z.preprocess(blankAsUnset, z.string().default('127.0.0.1')),
  /** Comma-separated `role:token` or `role@name:token` entries; parsed and checked by `auth.ts`. */
  ATLAS_API_TOKENS: z.preprocess(blankAsUnset, z.string().default('')),
  NODE_ENV: z.preprocess(blankAsUnset, z.enum(['development', 'production', 'test']).default('development')),
  /** The in-browser GraphQL IDE at /graphiql: on unless in production. */
  ATLAS_GRAPHIQL: z.preprocess(blankAsUnset, z.enum(['on', 'off']).optional()),
  /** How long a request may take before it is answered 503 and its write rolled back. */
  ATLAS_REQUEST_DEADLINE_MS: z.preprocess(
    blankAsUnset,
    z.coerce.number().int().min(100).max(120_000).default(10_000),
  ),
  LOG_LEVEL: z.preprocess(
    blankAsUnset,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
});

export type ApiEnv = z.infer<typeof EnvSchema> & { graphiql: boolean };

/** The API's settings from the environment: the one place this app reads process.env. */
export function readApiEnv(source: NodeJS.ProcessEnv = process.env): ApiEnv {
  const env = EnvSchema.parse(source);
  return {
    ...env,
    graphiql: env.ATLAS_GRAPHIQL ? env.ATLAS_GRAPHIQL === 'on' : env.NODE_ENV !== 'production',
  };
}

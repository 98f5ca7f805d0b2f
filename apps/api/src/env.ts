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
  /** How long a sign-in lasts, in hours (a browser's cookie and a script's session token alike). */
  ATLAS_SESSION_HOURS: z.preprocess(
    blankAsUnset,
    z.coerce
      .number()
      .min(0.01)
      .max(24 * 90)
      .default(12),
  ),
  /** `off`: anonymous callers may only sign in (and introspect); every read needs a user or token. */
  ATLAS_PUBLIC_READ: z.preprocess(blankAsUnset, z.enum(['on', 'off']).default('on')),
  /**
   * Origins besides the API's own host that may send cookie-signed writes, comma-separated
   * (`https://atlas.zhoukou.gov.cn,http://localhost:3000`); a host alone (`localhost:3000`) works too.
   */
  ATLAS_ALLOWED_ORIGINS: z.preprocess(blankAsUnset, z.string().default('')),
  /** `on` adds `Secure` to the session cookie: set it whenever the site is served over HTTPS. */
  ATLAS_COOKIE_SECURE: z.preprocess(blankAsUnset, z.enum(['on', 'off']).default('off')),
  /** The day of the following month a zone's monthly report (月报) is due by: 5 is the 5th. */
  ATLAS_REPORT_DEADLINE_DAY: z.preprocess(blankAsUnset, z.coerce.number().int().min(1).max(28).default(5)),
  /** The largest file `POST /import/{layer}` reads, in bytes (50 MB): refused 413 before parsing. */
  ATLAS_IMPORT_MAX_BYTES: z.preprocess(
    blankAsUnset,
    z.coerce
      .number()
      .int()
      .min(1024)
      .max(1024 * 1024 * 1024)
      .default(50 * 1024 * 1024),
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

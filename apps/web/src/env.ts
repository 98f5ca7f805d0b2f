import { z } from 'zod';
import { type BasemapConfig, readBasemapConfig } from './basemap/basemap-config';

const blankAsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const EnvSchema = z.object({
  /** Where the API answers; the browser never sees it (app/graphql/route.ts passes requests on). */
  ATLAS_API_URL: z.preprocess(
    blankAsUnset,
    z
      .url({
        protocol: /^https?$/,
        error: 'ATLAS_API_URL 须为 http(s) 地址 / ATLAS_API_URL must be an http(s) URL',
      })
      .default('http://127.0.0.1:4000'),
  ),
  NODE_ENV: z.preprocess(blankAsUnset, z.enum(['development', 'production', 'test']).default('development')),
});

export interface WebEnv {
  /** The API's GraphQL endpoint, without a trailing slash before /graphql. */
  readonly graphqlUrl: string;
  readonly basemap: BasemapConfig;
  readonly nodeEnv: 'development' | 'production' | 'test';
}

/**
 * The map's settings from the environment, checked together: the one place this app reads
 * process.env (the start script reads WEB_PORT before Next runs). A mistake throws, naming the variable.
 *
 * @example readWebEnv({ ATLAS_API_URL: 'http://api:4000/' }).graphqlUrl // 'http://api:4000/graphql'
 */
export function readWebEnv(source: Record<string, string | undefined> = process.env): WebEnv {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  return {
    graphqlUrl: `${parsed.data.ATLAS_API_URL.replace(/\/+$/, '')}/graphql`,
    basemap: readBasemapConfig(source),
    nodeEnv: parsed.data.NODE_ENV,
  };
}

let checked: WebEnv | undefined;

/**
 * The server's settings, read and checked once per process, when first asked for at run time (not
 * at build time, so one build serves every deployment).
 */
export function webEnv(): WebEnv {
  checked ??= readWebEnv();
  return checked;
}

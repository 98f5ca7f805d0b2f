export { type ApiEnv, readApiEnv } from './env';
export { atlasSchema } from './graphql/schema';
export {
  type AtlasServer,
  type AtlasServerOptions,
  createAtlasServer,
  LIMITS,
  READINESS_TIMEOUT_MS,
  SERVER_TIMEOUTS,
} from './http/server';

export { readApiEnv, type ApiEnv } from './env';
export { type AtlasServer, createAtlasServer, LIMITS } from './http/server';
export { atlasSchema } from './graphql/schema';

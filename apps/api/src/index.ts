export { type ApiEnv, readApiEnv } from './env';
export { atlasSchema } from './graphql/schema';
export { type AtlasServer, createAtlasServer, LIMITS } from './http/server';

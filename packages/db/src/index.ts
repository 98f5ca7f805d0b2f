export * from './client';
export * from './data-version';
export * from './env';
export * from './migrate';
export * from './prepare';
export * from './rows';
export * as schema from './schema';
export * from './seed';

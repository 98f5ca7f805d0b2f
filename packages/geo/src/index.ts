export * from './extent';
export * from './footprint';
export * from './gcj02';

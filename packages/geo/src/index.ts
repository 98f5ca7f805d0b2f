export * from './extent';
export * from './footprint';
export * from './gcj02';
export * from './geometry-limits';
export * from './measures';
export * from './simplify-coverage';
export * from './validate-geometry';

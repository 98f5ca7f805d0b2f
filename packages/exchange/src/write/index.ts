export * from './csv-writer';
export * from './export-cells';
export * from './export-geometry';
export * from './geojson-writer';
export * from './shapefile-fields';
export * from './shapefile-writer';
export * from './xlsx-writer';

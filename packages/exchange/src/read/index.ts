export { detectFileKind } from './detect-file-kind';
export { type ReadFeatureFileOptions, readFeatureFile } from './read-feature-file';
export { SHAPEFILE_LAYER_PROPERTY } from './read-shapefile-zip';
export { readZip } from './zip-archive';

import type { Polygon, Position } from 'geojson';

// Shapes the geometry tests share (here and in @atlas/core's PostGIS checks); test code only.

/** A small block in 川汇区, drawn counter-clockwise from its south-west corner. */
export const BLOCK: Position[] = [
  [114.64, 33.61],
  [114.66, 33.61],
  [114.66, 33.63],
  [114.64, 33.63],
  [114.64, 33.61],
];
export const BLOCK_POLYGON: Polygon = { type: 'Polygon', coordinates: [BLOCK] };

/** Crosses itself at [114.85, 34.05], between 太康 and 淮阳. */
export const BOWTIE: Position[] = [
  [114.8, 34.0],
  [114.9, 34.1],
  [114.9, 34.0],
  [114.8, 34.1],
  [114.8, 34.0],
];

import type { MapGeoJSONFeature } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { zoneLabelFeatures } from '../map-data';
import {
  ATLAS_LAYERS,
  ATLAS_SOURCES,
  INTERACTIVE_LAYERS,
  LAYER,
  pickFeature,
  SOURCE,
  SWITCHABLE_LAYERS,
} from '.';

const layer = (id: string) => ATLAS_LAYERS.find((l) => l.id === id) as { layout?: Record<string, unknown> };
const feature = (layerId: string) =>
  ({ layer: { id: layerId }, properties: {} }) as unknown as MapGeoJSONFeature;

describe('the map’s layers, one concept per file', () => {
  it('define every named layer exactly once, each on a source that exists', () => {
    expect(ATLAS_LAYERS.map((l) => l.id).sort()).toEqual(Object.values(LAYER).sort());
    for (const l of ATLAS_LAYERS) if (l.source) expect(Object.keys(ATLAS_SOURCES)).toContain(l.source);
  });

  it('put every layer but the background under one switch', () => {
    const switched = SWITCHABLE_LAYERS.flatMap((s) => s.layers);
    expect(new Set(switched).size).toBe(switched.length);
    expect(ATLAS_LAYERS.filter((l) => !switched.includes(l.id)).map((l) => l.id)).toEqual([LAYER.background]);
  });

  it('key the features a highlight or a figure is set on by their own ids, not their place in a list', () => {
    for (const source of [SOURCE.zones, SOURCE.zoneLabels])
      expect(ATLAS_SOURCES[source].promoteId).toBe('code');
    for (const source of [
      SOURCE.projects,
      SOURCE.roads,
      SOURCE.grid,
      SOURCE.villages,
      SOURCE.relocationFlows,
    ])
      expect(ATLAS_SOURCES[source].promoteId).toBe('id');
    const zone = { code: 'taikang', name: '太康县产业集聚区', nameEn: 'Taikang', starLevel: 'THRESHOLD' };
    const [label] = zoneLabelFeatures(
      [{ ...zone, clusters: [], seat: { type: 'Point', coordinates: [1, 2] } }] as never,
      new Map(),
    ).features;
    expect(label?.id).toBeUndefined();
    expect(label?.properties?.code).toBe('taikang');
  });
});

describe('labels and taps at city scale', () => {
  it('places the zones’ names first, and no bubble figure pushes one away', () => {
    expect(ATLAS_LAYERS.at(-1)?.id).toBe(LAYER.zoneLabel);
    expect(layer(LAYER.projectClusterLabel).layout?.['text-allow-overlap']).not.toBe(true);
    expect(layer(LAYER.zoneLabel).layout?.['text-variable-anchor']).toContain('top');
  });

  it('opens the zone when a finger covers both its name or marker and a bubble', () => {
    expect(pickFeature([feature(LAYER.projectCluster), feature(LAYER.zoneLabel)])?.layer.id).toBe(
      LAYER.zoneLabel,
    );
    expect(pickFeature([feature(LAYER.projectCluster), feature(LAYER.zoneMarker)])?.layer.id).toBe(
      LAYER.zoneMarker,
    );
    // Closer in, a project inside a zone is still the project.
    expect(pickFeature([feature(LAYER.zoneFill), feature(LAYER.project)])?.layer.id).toBe(LAYER.project);
    expect(INTERACTIVE_LAYERS.indexOf(LAYER.zoneLabel)).toBeLessThan(
      INTERACTIVE_LAYERS.indexOf(LAYER.projectCluster),
    );
  });

  it('writes relocation figures level and large enough to read, with a halo roads do not cut', () => {
    const flow = layer(LAYER.relocationFlowLabel) as {
      layout: Record<string, unknown>;
      paint: Record<string, unknown>;
    };
    expect(flow.layout['text-size']).toBeGreaterThanOrEqual(14);
    expect(flow.layout['text-rotation-alignment']).toBe('viewport');
    expect(flow.paint['text-halo-width']).toBeGreaterThanOrEqual(2.5);
  });
});

import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { lateMarks, markPoint, scheduledSources } from './late-works';

const collection = (...features: [string, Geometry][]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: features.map(([id, geometry]) => ({
    type: 'Feature',
    properties: { id, name: `名${id}` },
    geometry,
  })),
});
const line: Geometry = {
  type: 'LineString',
  coordinates: [
    [114.6, 33.6],
    [114.7, 33.7],
    [114.8, 33.8],
  ],
};
const point: Geometry = { type: 'Point', coordinates: [114.9, 33.9] };

const sources = {
  roads: collection(['r1', line], ['r2', line]),
  grid: collection(['g1', point]),
  facilities: collection(['f1', point]),
  villages: collection(['v1', point]),
  relocationFlows: collection(['v1', line]),
};
const schedules = {
  roadLinks: [
    { id: 'r1', late: true, plannedFinishOn: '2014-08-31', progressPercent: 40 },
    { id: 'r2', late: false, plannedFinishOn: '2014-12-31', progressPercent: 10 },
  ],
  gridProjects: [{ id: 'g1', late: false, plannedFinishOn: null, progressPercent: null }],
  facilities: [],
  relocationSites: [
    {
      id: 'v1',
      late: true,
      plannedFinishOn: '2014-09-30',
      progressPercent: 50,
      householdsMoved: 120,
      householdsWaiting: 80,
    },
  ],
};

describe('works drawn with their schedules', () => {
  it('writes late, progress and finish date into each works, and households into relocation', () => {
    const drawn = scheduledSources(sources, schedules);
    expect(drawn.roads.features.map((f) => f.properties?.late)).toEqual([true, false]);
    expect(drawn.roads.features[0]?.properties).toMatchObject({
      progressPercent: 40,
      plannedFinishOn: '2014-08-31',
    });
    expect(drawn.facilities.features[0]?.properties?.late).toBeUndefined();
    expect(drawn.relocationFlows.features[0]?.properties).toMatchObject({
      late: true,
      householdsMoved: 120,
      householdsWaiting: 80,
    });
  });

  it('marks only the late ones, a line at its middle', () => {
    const marks = lateMarks(scheduledSources(sources, schedules));
    expect(marks.features.map((f) => f.properties)).toEqual([
      { id: 'ROAD_LINK:r1', worksId: 'r1', kind: 'ROAD_LINK', name: '名r1' },
      { id: 'RELOCATION_SITE:v1', worksId: 'v1', kind: 'RELOCATION_SITE', name: '名v1' },
    ]);
    expect(marks.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [114.7, 33.7] });
    expect(markPoint({ type: 'MultiPoint', coordinates: [] })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { LAYER } from '../map/layers';
import { styleEditor } from '../map/map-look';
import { baseStyle } from '../map/style';
import { PROJECTOR_TEXT_PX, projectorLook, zoneBounds } from './projector-look';

describe('the map on a 1920 × 1080 projector', () => {
  it('names zones and projects in text read from 8 m, projects from a tour stop’s zoom', () => {
    const style = baseStyle();
    projectorLook(style);
    const editor = styleEditor(style);
    expect(editor.getLayoutProperty(LAYER.zoneLabel, 'text-size')).toBe(PROJECTOR_TEXT_PX.zone);
    expect(editor.getLayoutProperty(LAYER.projectLabel, 'text-size')).toBeGreaterThanOrEqual(22);
    expect(style.layers.find((l) => l.id === LAYER.projectLabel)?.minzoom).toBeLessThanOrEqual(11);
  });

  it('frames a zone by its footprint', () => {
    const zones = {
      type: 'FeatureCollection' as const,
      features: [
        {
          type: 'Feature' as const,
          properties: { code: 'taikang' },
          geometry: {
            type: 'Polygon' as const,
            coordinates: [
              [
                [114.8, 34.0],
                [114.9, 34.0],
                [114.9, 34.1],
                [114.8, 34.0],
              ],
            ],
          },
        },
      ],
    };
    expect(zoneBounds(zones, 'taikang')).toEqual([114.8, 34.0, 114.9, 34.1]);
    expect(zoneBounds(zones, 'nowhere')).toBeNull();
  });
});

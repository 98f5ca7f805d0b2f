import { validateGeometry } from '@atlas/geo';
import type { Geometry } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApi } from './harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.stop());

describe('the offline base map’s rivers', () => {
  interface RiverReach {
    id: string;
    level: number;
    lengthKm: number;
    geometry: Geometry;
    provenance: { kind: string; citation: string };
    geometryProvenance: { kind: string; citation: string };
  }

  it('are at least ten valid reaches from WDBII, a public source, in a stable order', async () => {
    const r = await api.gql<{ rivers: RiverReach[] }>(
      '{ rivers { id level lengthKm geometry provenance { kind citation } geometryProvenance { kind citation } } }',
    );
    expect(r.errors).toBeUndefined();
    const rivers = r.data?.rivers ?? [];
    expect(rivers.length).toBeGreaterThanOrEqual(10);
    for (const river of rivers) {
      const result = validateGeometry(river.geometry, { allowed: ['LineString', 'MultiLineString'] });
      expect(result.ok ? [] : result.problems, river.id).toEqual([]);
      expect(river.lengthKm, river.id).toBeGreaterThan(0);
      expect(river.level, river.id).toBeGreaterThanOrEqual(1);
      expect(river.level, river.id).toBeLessThanOrEqual(4);
      expect(river.provenance.kind, river.id).toBe('PUBLIC_SOURCE');
      expect(river.provenance.citation, river.id).toContain('WDBII');
      expect(river.geometryProvenance, river.id).toEqual(river.provenance);
    }
    // No reach has a name, so the order by name must fall back to the id rather than wander.
    const ids = rivers.map((river) => Number(river.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('take the spatial filter: a box around 周口 city holds some reaches, not all', async () => {
    const all = await api.gql<{ rivers: { id: string }[] }>('{ rivers { id } }');
    const city = await api.gql<{ rivers: { id: string }[] }>(
      '{ rivers(filter: { bbox: [114.55, 33.55, 114.75, 33.70] }) { id } }',
    );
    const inCity = city.data?.rivers.length ?? 0;
    expect(inCity).toBeGreaterThan(0);
    expect(inCity).toBeLessThan(all.data?.rivers.length ?? 0);
  });
});

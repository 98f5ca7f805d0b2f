import { readFileSync } from 'node:fs';
import { atlasSchema } from '@atlas/api';
import { selectRows } from '@atlas/db';
import { areaKm2, bbox, validateGeometry } from '@atlas/geo';
import distance from '@turf/distance';
import { sql } from 'drizzle-orm';
import type { Geometry, Point } from 'geojson';
import { printSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApi } from './harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.stop());

const OPENING_QUERY = `query Opening($first: Int) {
  counties { adcode name geometry(zoom: 9) }
  zones { code name starLevel geometry(zoom: 9) provenance { kind } geometryProvenance { kind citation } clusters { code name tier } }
  projects(first: $first) { totalCount edges { node { id name status investmentYi geometry zone { code name } cluster { code name } } } }
}`;

describe('the public contract', () => {
  it('is the committed schema.graphql', async () => {
    const committed = readFileSync(new URL('../../apps/api/schema.graphql', import.meta.url), 'utf8');
    expect(`${printSchema(await atlasSchema())}\n`).toBe(committed);
  });

  it('keeps every name planners’ saved queries use', async () => {
    const sdl = printSchema(await atlasSchema());
    for (const name of [
      'scalar GeoJSON',
      'enum StarLevel',
      'enum ClusterTier',
      'enum Comparator',
      'enum SourceKind',
      'enum ProjectStatus',
      'type Provenance',
      'counties(',
      'zones(',
      'zone(code: ID!): Zone',
      'clusters: [Cluster!]!',
      'cluster(code: ID!): Cluster',
      'projects(',
      'roadLinks(',
      'gridProjects(',
      'facilities(',
      'relocationSites(',
      'planTargets(',
      'inspectionRanking(',
      'inspectionCriteria(version: Int): InspectionCriteriaSet',
      'publishInspectionRanking(',
      'replaceInspectionCriteria(input: InspectionCriteriaInput!): InspectionCriteriaSet!',
      'createProject(input: ProjectInput!): Project!',
      'updateProject(',
    ]) {
      expect(sdl, name).toContain(name);
    }
    const project = /type Project \{([^}]*)\}/.exec(sdl)?.[1] ?? '';
    for (const field of [
      'id:',
      'name:',
      'status:',
      'investmentYi:',
      'geometry(',
      'zone:',
      'cluster:',
      'version:',
      'provenance:',
    ]) {
      expect(project, field).toContain(field);
    }
  });
});

describe('spatial questions', () => {
  it('filters by a bounding box: the box around 周口 city holds 川汇区 and its neighbours, not 扶沟', async () => {
    const r = await api.gql<{ counties: { name: string }[] }>(
      '{ counties(filter: { bbox: [114.60, 33.58, 114.70, 33.66] }) { name } }',
    );
    const names = r.data?.counties.map((c) => c.name) ?? [];
    expect(names).toContain('川汇区');
    expect(names).not.toContain('扶沟县');
  });

  it('finds a zone’s projects by its footprint as by its code', async () => {
    const byShape = await api.gql<{ projects: { totalCount: number } }>(
      '{ projects(filter: { spatial: { withinZone: "taikang" } }, first: 0) { totalCount } }',
    );
    const byCode = await api.gql<{ projects: { totalCount: number } }>(
      '{ projects(filter: { zoneCode: "taikang" }, first: 0) { totalCount } }',
    );
    expect(byShape.data?.projects.totalCount).toBe(byCode.data?.projects.totalCount);
    expect(byShape.data?.projects.totalCount).toBeGreaterThan(0);
  });

  it('returns distance as a value and sorts by it, all within the radius', async () => {
    const r = await api.gql<{ facilities: { name: string; distanceMeters: number; geometry: Point }[] }>(
      `{ facilities(filter: { near: { point: [114.65, 33.62], meters: 15000 } }, orderBy: DISTANCE) { name distanceMeters geometry } }`,
    );
    const rows = r.data?.facilities ?? [];
    expect(rows.length).toBeGreaterThan(1);
    const distances = rows.map((f) => f.distanceMeters);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    for (const f of rows) {
      expect(f.distanceMeters).toBeLessThanOrEqual(15000);
      // PostGIS measures on the spheroid, turf on a sphere: within 0.5% of each other.
      const km = distance([114.65, 33.62], f.geometry.coordinates, { units: 'kilometers' });
      expect(Math.abs(km * 1000 - f.distanceMeters)).toBeLessThanOrEqual(
        Math.max(5, f.distanceMeters * 0.005),
      );
    }
  });

  it('answers “villages within 2 km of a sewage plant” in one query, checked against the plants’ positions', async () => {
    const r = await api.gql<{
      relocationSites: { name: string; distanceMeters: number; geometry: Point }[];
      facilities: { geometry: Point }[];
    }>(`{
      relocationSites(filter: { nearLayer: { layer: FACILITIES, kind: "SEWAGE_PLANT", meters: 2000 } }, orderBy: DISTANCE) { name distanceMeters geometry }
      facilities(kind: SEWAGE_PLANT) { geometry }
    }`);
    const plants = r.data?.facilities ?? [];
    const near = r.data?.relocationSites ?? [];
    expect(near.length).toBeGreaterThan(0);
    for (const v of near) {
      const nearestKm = Math.min(
        ...plants.map((p) => distance(v.geometry.coordinates, p.geometry.coordinates)),
      );
      expect(v.distanceMeters).toBeLessThanOrEqual(2000);
      expect(Math.abs(nearestKm * 1000 - v.distanceMeters)).toBeLessThan(
        Math.max(5, v.distanceMeters * 0.005),
      );
    }
    const all = await api.gql<{ relocationSites: { name: string; geometry: Point }[] }>(
      '{ relocationSites { name geometry } }',
    );
    const expected = (all.data?.relocationSites ?? []).filter((v) =>
      plants.some((p) => distance(v.geometry.coordinates, p.geometry.coordinates) <= 1.99),
    );
    expect(near.length).toBeGreaterThanOrEqual(expected.length);
  });

  it('answers “the nearest 110 kV substation to each zone” in one query', async () => {
    const r = await api.gql<{
      zones: {
        code: string;
        nearestGridProjects: { kind: string; voltageKv: number; distanceMeters: number }[];
      }[];
    }>(
      '{ zones { code nearestGridProjects(kind: SUBSTATION, minVoltageKv: 110) { kind voltageKv distanceMeters } } }',
    );
    expect(r.data?.zones).toHaveLength(10);
    for (const z of r.data?.zones ?? []) {
      expect(z.nearestGridProjects).toHaveLength(1);
      expect(z.nearestGridProjects[0]).toMatchObject({ kind: 'SUBSTATION' });
      expect(z.nearestGridProjects[0]?.voltageKv).toBeGreaterThanOrEqual(110);
    }
  });

  it('refuses a malformed filter with BAD_USER_INPUT', async () => {
    const r = await api.gql('{ counties(filter: { bbox: [115, 34, 114, 33] }) { name } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const kindless = await api.gql(
      '{ zones(filter: { nearLayer: { layer: ZONES, kind: "X", meters: 10 } }) { code } }',
    );
    expect(kindless.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const notGeometry = await api.gql('{ zones(filter: { within: "POLYGON((1 1))" }) { code } }');
    expect(notGeometry.errors?.[0]?.message).toMatch(/GeoJSON must be a geometry object/);
  });
});

describe('derived values and totals', () => {
  it('derives area, length, centroid and bbox', async () => {
    const r = await api.gql<{
      zone: { areaKm2: number; bbox: number[]; centroid: Point };
      roadLinks: { lengthKm: number; declaredLengthKm: number }[];
    }>('{ zone(code: "taikang") { areaKm2 bbox centroid } roadLinks { lengthKm declaredLengthKm } }');
    expect(r.data?.zone.areaKm2).toBeCloseTo(12.5, 1);
    const [w, s, e, n] = r.data?.zone.bbox ?? [];
    const [x, y] = r.data?.zone.centroid.coordinates ?? [];
    expect(x).toBeGreaterThan(w as number);
    expect(x).toBeLessThan(e as number);
    expect(y).toBeGreaterThan(s as number);
    expect(y).toBeLessThan(n as number);
    for (const road of r.data?.roadLinks ?? []) expect(road.lengthKm).toBeCloseTo(road.declaredLengthKm, 0);
  });

  it('groups investment and counts by zone, matching sums computed by hand from the projects', async () => {
    const r = await api.gql<{
      projectTotals: { key: string; count: number; investmentYi: number; source: string }[];
      projects: { edges: { node: { investmentYi: number; zone: { code: string } } }[] };
    }>(
      '{ projectTotals(groupBy: ZONE) { key count investmentYi source } projects(first: 1000) { edges { node { investmentYi zone { code } } } } }',
    );
    const byHand = new Map<string, { count: number; sum: number }>();
    for (const { node } of r.data?.projects.edges ?? []) {
      const t = byHand.get(node.zone.code) ?? { count: 0, sum: 0 };
      byHand.set(node.zone.code, { count: t.count + 1, sum: t.sum + node.investmentYi });
    }
    expect(r.data?.projectTotals).toHaveLength(10);
    for (const row of r.data?.projectTotals ?? []) {
      expect(row.count).toBe(byHand.get(row.key)?.count);
      expect(row.investmentYi).toBeCloseTo(byHand.get(row.key)?.sum ?? -1, 1);
      expect(row.source).toBe('DEMO');
    }
  });

  it('gives each target its actual and percent reached, and says when the actual rests on demo data', async () => {
    const r = await api.gql<{
      planTargets: {
        metric: string;
        scope: string;
        value: number;
        actual: number | null;
        percentReached: number | null;
        actualSource: string | null;
      }[];
    }>('{ planTargets(year: 2014) { metric scope value actual percentReached actualSource } }');
    const targets = r.data?.planTargets ?? [];
    expect(targets).toHaveLength(100);
    const implemented = targets.find((t) => t.metric === 'major_projects_implemented');
    expect(implemented).toMatchObject({ actual: 200, percentReached: 100, actualSource: 'DEMO' });
    const kva = targets.find((t) => t.metric === 'grid_transformer_capacity_added');
    expect(kva).toMatchObject({ actual: 250000, percentReached: 100, actualSource: 'DEMO' });
    // No data stands behind vocational trainings: no number is invented for it.
    expect(targets.find((t) => t.metric === 'vocational_trainings')).toMatchObject({
      actual: null,
      percentReached: null,
    });
    const summary = await api.gql<{ planSummary: { projectCount: number; targets: unknown[] } }>(
      '{ planSummary(year: 2014) { projectCount targets { metric } } }',
    );
    expect(summary.data?.planSummary.projectCount).toBe(200);
  });

  it('searches names across zones, clusters, enterprises and projects', async () => {
    const r = await api.gql<{ search: { kind: string; name: string }[] }>(
      '{ search(text: "太康") { kind name } }',
    );
    expect(r.data?.search.map((h) => h.kind)).toContain('ZONE');
    const cable = await api.gql<{ search: { kind: string; name: string }[] }>(
      '{ search(text: "电缆") { kind name } }',
    );
    expect(
      cable.data?.search
        .filter((h) => h.kind === 'ENTERPRISE')
        .map((h) => h.name)
        .sort(),
    ).toEqual(['久通电缆', '科信电缆', '阳光电缆'].sort());
  });

  it('ranks the zones at an inspection round with the plan’s consequences', async () => {
    const r = await api.gql<{
      inspectionRanking: { kind: string; zones: { rank: number; consequence: string | null }[] };
    }>('{ inspectionRanking(period: "2014Q4") { kind zones { zoneCode rank movement consequence } } }');
    const zones = r.data?.inspectionRanking.zones ?? [];
    expect(zones).toHaveLength(10);
    expect(zones.filter((z) => z.consequence === '经验介绍').length).toBeGreaterThanOrEqual(3);
    expect(zones.filter((z) => z.consequence === '表态发言').length).toBeGreaterThanOrEqual(3);
    expect((await api.gql('{ inspectionRanking(period: "2013Q1") { kind } }')).data).toEqual({
      inspectionRanking: null,
    });
  });
});

describe('pagination', () => {
  it('loads all of the year’s projects in one page and walks pages with cursors', async () => {
    const all = await api.gql<{
      projects: {
        totalCount: number;
        edges: { cursor: string; node: { id: string } }[];
        pageInfo: { hasNextPage: boolean };
      };
    }>('{ projects(first: 1000) { totalCount edges { cursor node { id } } pageInfo { hasNextPage } } }');
    expect(all.data?.projects.edges).toHaveLength(200);
    expect(all.data?.projects.pageInfo.hasNextPage).toBe(false);
    const first = await api.gql<{
      projects: { edges: { node: { id: string } }[]; pageInfo: { endCursor: string; hasNextPage: boolean } };
    }>('{ projects(first: 50) { edges { node { id } } pageInfo { endCursor hasNextPage } } }');
    const next = await api.gql<{ projects: { edges: { node: { id: string } }[] } }>(
      'query($after: String) { projects(first: 50, after: $after) { edges { node { id } } } }',
      { after: first.data?.projects.pageInfo.endCursor },
    );
    const ids = all.data?.projects.edges.map((e) => e.node.id) ?? [];
    expect(first.data?.projects.edges.map((e) => e.node.id)).toEqual(ids.slice(0, 50));
    expect(next.data?.projects.edges.map((e) => e.node.id)).toEqual(ids.slice(50, 100));
  });

  it('refuses a page of 100,000', async () => {
    const r = await api.gql('{ projects(first: 100000) { totalCount } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/1000/);
  });
});

describe('served geometry', () => {
  it('is valid RFC 7946 inside Zhoukou on every layer', async () => {
    type Layers = Record<string, { geometry: Geometry }[] | { edges: { node: { geometry: Geometry } }[] }>;
    // The counties at full detail cost most of a query's budget (query-cost.ts): asked for apart.
    const counties = await api.gql<Layers>('{ counties { geometry } }');
    const r = await api.gql<Layers>(`{
      zones { geometry } roadLinks { geometry } gridProjects { geometry }
      facilities { geometry } relocationSites { geometry } housingProjects { geometry } rivers { geometry }
      projects(first: 1000) { edges { node { geometry } } }
    }`);
    let checked = 0;
    for (const [layer, value] of Object.entries({ ...counties.data, ...r.data })) {
      const rows = Array.isArray(value) ? value : value.edges.map((e) => e.node);
      for (const { geometry } of rows) {
        const result = validateGeometry(geometry);
        expect(result.ok ? [] : result.problems, layer).toEqual([]);
        // Valid and already normalized: nothing left to round or rewind.
        if (result.ok) expect(result.geometry, layer).toEqual(geometry);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(280);
  });

  it('measures counties listed at a zoom from their full boundaries, fetched only when asked', async () => {
    const full = await api.gql<{ counties: { adcode: string; geometry: Geometry }[] }>(
      '{ counties { adcode geometry } }',
    );
    const zoomed = await api.gql<{ counties: { adcode: string; areaKm2: number; bbox: number[] }[] }>(
      '{ counties { adcode areaKm2 bbox geometry(zoom: 9) } }',
    );
    expect(zoomed.errors).toBeUndefined();
    const fullByAdcode = new Map(full.data?.counties.map((c) => [c.adcode, c.geometry]));
    expect(zoomed.data?.counties).toHaveLength(10);
    for (const c of zoomed.data?.counties ?? []) {
      const geometry = fullByAdcode.get(c.adcode) as Geometry;
      expect(c.areaKm2, c.adcode).toBeCloseTo(areaKm2(geometry), 2);
      expect(c.bbox, c.adcode).toEqual(bbox(geometry));
    }
  });

  it('at zoom 7 weighs under a third of full detail, borders shared and still valid in PostGIS', async () => {
    const full = await api.gql<{ counties: { geometry: Geometry }[] }>('{ counties { geometry } }');
    const z7 = await api.gql<{ counties: { adcode: string; geometry: Geometry }[] }>(
      '{ counties { adcode geometry(zoom: 7) } }',
    );
    const size = (v: unknown) => JSON.stringify(v).length;
    expect(size(z7.data)).toBeLessThan(size(full.data) / 3);
    for (const c of z7.data?.counties ?? []) {
      const [row] = await selectRows<{ valid: boolean }>(
        api.atlas.db,
        sql`SELECT ST_IsValid(ST_GeomFromGeoJSON(${JSON.stringify(c.geometry)})) AS valid`,
      );
      expect(row?.valid, c.adcode).toBe(true);
    }
  });
});

describe('the map’s opening query', () => {
  it('runs a bounded number of SQL statements, however many projects it loads', async () => {
    const bump = (period: string) =>
      api.gql(
        `mutation { recordProgressReport(input: { period: "${period}", metric: "vocational_trainings", value: 1 }) { id } }`,
        {},
        'planner-secret-1234',
      );
    // The zones' simplified footprints outlive writes to other tables: simplified once here, both
    // measured requests find them cached after a write, as every request after the first does.
    await api.gql(OPENING_QUERY, { first: 1 });
    await bump('2014Q3');
    api.statements.length = 0;
    const small = await api.gql(OPENING_QUERY, { first: 10 });
    const forTen = api.statements.length;
    expect(small.errors).toBeUndefined();
    // Bump the data version so the next request is not answered from the cache.
    await bump('2014Q4');
    api.statements.length = 0;
    const big = await api.gql<{ projects: { edges: unknown[] } }>(OPENING_QUERY, { first: 300 });
    expect(big.errors).toBeUndefined();
    expect(big.data?.projects.edges).toHaveLength(200);
    expect(api.statements.length).toBe(forTen);
    expect(api.statements.length).toBeLessThanOrEqual(12);
  });

  it('is served from the cache while the data it read is unchanged, and recomputed after a write to it', async () => {
    const first = await api.gql(OPENING_QUERY, { first: 300 });
    api.statements.length = 0;
    const again = await api.gql(OPENING_QUERY, { first: 300 });
    expect(again.headers.get('x-atlas-cache')).toBe('hit');
    expect(api.statements.length).toBeLessThanOrEqual(1);
    expect(again.data).toEqual(first.data);
    // A write to a table the answer did not read leaves it valid …
    await api.gql(
      'mutation { recordProgressReport(input: { period: "2014Q4", metric: "vocational_trainings", value: 2, version: 1 }) { id } }',
      {},
      'planner-secret-1234',
    );
    expect((await api.gql(OPENING_QUERY, { first: 300 })).headers.get('x-atlas-cache')).toBe('hit');
    // … and one to a table it read does not.
    const listed = await api.gql<{ projects: { edges: { node: { id: string; version: number } }[] } }>(
      '{ projects(first: 1) { edges { node { id version } } } }',
    );
    const project = listed.data?.projects.edges[0]?.node;
    const edited = await api.gql(
      'mutation($id: ID!, $version: Int!) { updateProject(id: $id, version: $version, input: { investmentYi: 7.5 }) { id } }',
      { id: project?.id, version: project?.version },
      'planner-secret-1234',
    );
    expect(edited.errors).toBeUndefined();
    const after = await api.gql(OPENING_QUERY, { first: 300 });
    expect(after.headers.get('x-atlas-cache')).toBe('miss');
  });
});

import { type AtlasDb, selectRows } from '@atlas/db';
import { type GeometryProblem, roundCoordinate } from '@atlas/geo';
import { sql } from 'drizzle-orm';
import type { Geometry, Position } from 'geojson';
import { badInput } from '../errors';

/** PostGIS's (GEOS's) reasons, in Chinese; English is PostGIS's own words, kept for searching. */
const REASONS: Record<string, { zh: string; en: string }> = {
  'Self-intersection': {
    zh: '多边形的边相交或环与环相交',
    en: 'Edges of the polygon cross, or its rings cross',
  },
  'Ring Self-intersection': {
    zh: '多边形的环自相接(如在一个顶点处收成 8 字形)',
    en: 'A ring touches itself (pinched like a figure of eight)',
  },
  'Interior is disconnected': {
    zh: '孔洞把多边形分成了互不相连的几块',
    en: 'Holes split the polygon into disconnected pieces',
  },
  'Hole lies outside shell': { zh: '孔洞位于外环之外', en: 'A hole lies outside its outer ring' },
  'Nested holes': { zh: '孔洞套在另一个孔洞里', en: 'A hole lies inside another hole' },
  'Nested shells': {
    zh: '多部件多边形的一个部件位于另一个部件之内',
    en: 'One part of the MultiPolygon lies inside another',
  },
  'Duplicate Rings': { zh: '有重复的环', en: 'Two rings are the same' },
  'Too few distinct points in geometry component': {
    zh: '某个环的不同坐标太少,围不成面积',
    en: 'A ring has too few distinct positions to enclose an area',
  },
};

const SELF_INTERSECTIONS = new Set(['Self-intersection', 'Ring Self-intersection']);

interface Verdict {
  valid: boolean;
  reason: string | null;
  lng: number | null;
  lat: number | null;
}

/**
 * PostGIS's verdict on a polygonal geometry that passed `validateGeometry`: undefined when valid, else
 * the problem with its reason and location in both languages. The same test as the tables' CHECK
 * (ST_IsValid), so what this passes the database stores. Run inside the write's transaction or the
 * read's connection, it is under the statement timeout. Points and lines that passed
 * `validateGeometry` (two distinct positions or more, on the globe) are always valid to PostGIS, so
 * they cost no statement.
 *
 * @example
 * const problem = await topologyProblem(tx, { type: 'Polygon', coordinates: [bowtie] });
 * // { code: 'SELF_INTERSECTION', path: 'coordinates[0]', message: '… [114.85, 34.05] …' }
 */
export async function topologyProblem(db: AtlasDb, geometry: Geometry): Promise<GeometryProblem | undefined> {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return undefined;
  const [verdict] = await selectRows<Verdict>(
    db,
    sql`SELECT valid, reason, ST_X(location) AS lng, ST_Y(location) AS lat
        FROM ST_IsValidDetail(ST_GeomFromGeoJSON(${JSON.stringify(geometry)}))`,
  );
  if (!verdict || verdict.valid) return undefined;
  const reason = verdict.reason ?? '';
  const words = REASONS[reason] ?? { zh: '几何无效', en: 'The geometry is not valid' };
  const at = verdict.lng == null || verdict.lat == null ? null : ([verdict.lng, verdict.lat] as Position);
  const where = at ? { zh: `,位于 ${format(at)}`, en: ` at ${format(at)}` } : { zh: '', en: '' };
  return {
    code: SELF_INTERSECTIONS.has(reason) ? 'SELF_INTERSECTION' : 'INVALID_TOPOLOGY',
    path: (at && ringPathNear(geometry, at)) ?? 'coordinates',
    message: `${words.zh}${where.zh}(PostGIS:${reason}) / ${words.en}${where.en} (PostGIS: ${reason})`,
  };
}

/**
 * Throws BAD_INPUT with the problem in `details.problems` when PostGIS finds the geometry invalid.
 *
 * @example
 * check: async (tx) => { await checkTopology(tx, geometry); }
 */
export async function checkTopology(db: AtlasDb, geometry: Geometry): Promise<void> {
  const problem = await topologyProblem(db, geometry);
  if (problem) throw badInput(problem.message, { problems: [problem] });
}

function format([lng = 0, lat = 0]: Position): string {
  return `[${roundCoordinate(lng)}, ${roundCoordinate(lat)}]`;
}

/** The first ring passing within a micro-degree of `at`, as "coordinates[r]" or "coordinates[p][r]". */
function ringPathNear(geometry: Geometry, at: Position): string | undefined {
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : [];
  for (const [p, rings] of polygons.entries()) {
    const r = rings.findIndex((ring) => passesNear(ring, at));
    if (r >= 0) return geometry.type === 'Polygon' ? `coordinates[${r}]` : `coordinates[${p}][${r}]`;
  }
  return undefined;
}

function passesNear(ring: Position[], [x = 0, y = 0]: Position): boolean {
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    const [dx, dy] = [x2 - x1, y2 - y1];
    const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy || 1)));
    if (Math.hypot(x1 + t * dx - x, y1 + t * dy - y) < 1e-6) return true;
  }
  return false;
}

/**
 * How much geometry one request may send: positions in the whole geometry, rings in any one polygon,
 * parts in a Multi* geometry. Nesting deeper than the geometry's type allows is always refused.
 *
 * @example
 * const limits: GeometryLimits = { positions: 500, rings: 100, parts: 100 };
 */
export interface GeometryLimits {
  readonly positions: number;
  readonly rings: number;
  readonly parts: number;
}

/*
 * Why these numbers. PostGIS (GEOS) decides validity, and its cost is not linear in the worst case: a
 * valid polygon of long parallel strips, whose edges' boxes all overlap, costs GEOS a test per pair of
 * edges (tests/api/abusive-geometries.ts `strips`). One ST_IsValidDetail on it, on the embedded PGlite,
 * which runs in the API's own thread, on an idle 2-core machine: 500 positions ≈ 18 ms, 1,000 ≈ 38 ms,
 * 2,000 ≈ 140 ms, 10,000 ≈ 3.5 s; on a machine loaded 7 runs per core, 1,000 took up to 575 ms. A write
 * runs it twice (the check, then the table's CHECK), each a statement that holds the event loop; the
 * extent CHECK reads the bounding box, in constant time. At 1,000 positions the worst valid write
 * holds the loop well under the 200 ms budget (`pnpm bench:faults`), and a surveyed parcel or zone
 * boundary of several hundred corners fits; 100 holes or parts is more than any footprint has.
 *
 * A read filter is anyone's (no sign-in) and is compared with every row of a layer, county boundaries
 * of thousands of positions among them, so it gets half the positions and a fifth of the rings: a drawn
 * search area needs a few dozen corners.
 */

/** What a write may store. See the comment above for the measurements behind the numbers. */
export const WRITE_GEOMETRY_LIMITS: GeometryLimits = { positions: 1_000, rings: 100, parts: 100 };

/** What a read filter (`within`, `intersects`) may send: anyone may ask, and it meets every row. */
export const FILTER_GEOMETRY_LIMITS: GeometryLimits = { positions: 250, rings: 20, parts: 20 };

/**
 * Which limit was passed. Counts stop one past the limit, so `found` is at most `limit + 1`.
 *
 * @example
 * if (problem.code === 'TOO_MANY_POSITIONS') simplifyBeforeSending(problem.limit);
 */
export interface GeometryLimitProblem {
  code: 'TOO_MANY_POSITIONS' | 'TOO_MANY_RINGS' | 'TOO_MANY_PARTS' | 'NESTED_TOO_DEEP';
  /** `中文 / English`. */
  message: string;
  /** JSON-path-ish location of the array that passed the limit, e.g. "coordinates[0]". */
  path: string;
  limit: number;
  found: number;
}

/** How many array levels a type's coordinates have, counting the position itself. */
const DEPTH: Record<string, number> = {
  Point: 1,
  MultiPoint: 2,
  LineString: 2,
  MultiLineString: 3,
  Polygon: 3,
  MultiPolygon: 4,
};

/**
 * Checks a geometry's size against `limits` before anything else looks at it: one pass over the nested
 * coordinate arrays, stopping at the first limit passed, allocating nothing per position. Whatever is
 * not an array where an array belongs is left for `validateGeometry` to name; so is an unknown type.
 * Returns the first limit passed, or undefined.
 *
 * @example
 * const problem = checkGeometryLimits(input, WRITE_GEOMETRY_LIMITS);
 * if (problem) throw badInput(problem.message, { problems: [problem] });
 */
export function checkGeometryLimits(
  input: unknown,
  limits: GeometryLimits,
): GeometryLimitProblem | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const { type, coordinates } = input as { type?: unknown; coordinates?: unknown };
  const depth = typeof type === 'string' ? DEPTH[type] : undefined;
  if (depth === undefined || !Array.isArray(coordinates)) return undefined;
  const found = new LimitWalk(limits, type as string).visit(coordinates, depth);
  return found && withMessage(found, type as string, `coordinates${found.path}`);
}

type Found = Omit<GeometryLimitProblem, 'message'>;

/** One pass over one geometry: the running count of positions, and the limits. */
class LimitWalk {
  private positions = 0;

  constructor(
    private readonly limits: GeometryLimits,
    private readonly type: string,
  ) {}

  /**
   * `levels` counts the array levels left, 1 being a position. The path is built on the way back
   * up from a problem, so a geometry within its limits costs no string per position.
   */
  visit(array: unknown[], levels: number): Found | undefined {
    if (levels === 1) return this.position(array);
    const tooMany = this.countAt(array.length, levels);
    if (tooMany) return tooMany;
    for (let i = 0; i < array.length; i++) {
      const item = array[i];
      if (!Array.isArray(item)) continue;
      const problem = this.visit(item, levels - 1);
      if (problem) return { ...problem, path: `[${i}]${problem.path}` };
    }
    return undefined;
  }

  /** Checks the length of an array of positions, rings or parts, before its items are visited. */
  private countAt(length: number, levels: number): Found | undefined {
    if (levels === 2) {
      this.positions += length;
      return over('TOO_MANY_POSITIONS', this.limits.positions, this.positions);
    }
    const ofRings = levels === 3 && (this.type === 'Polygon' || this.type === 'MultiPolygon');
    return ofRings
      ? over('TOO_MANY_RINGS', this.limits.rings, length)
      : over('TOO_MANY_PARTS', this.limits.parts, length);
  }

  /** A position holds numbers; an array inside one is nesting no GeoJSON type has. */
  private position(position: unknown[]): Found | undefined {
    // Longer positions are refused by validateGeometry without looking inside them.
    if (position.length > 3) return undefined;
    for (let i = 0; i < position.length; i++) {
      const item = position[i];
      if (typeof item === 'object' && item !== null) {
        const levels = DEPTH[this.type] ?? 0;
        return { code: 'NESTED_TOO_DEEP', path: '', limit: levels, found: levels + 1 };
      }
    }
    return undefined;
  }
}

function over(code: Found['code'], limit: number, count: number): Found | undefined {
  return count > limit ? { code, path: '', limit, found: Math.min(count, limit + 1) } : undefined;
}

const NOUNS = {
  TOO_MANY_POSITIONS: { zh: '几何的坐标数', en: 'positions in this geometry' },
  TOO_MANY_RINGS: { zh: '多边形的环数(外环加孔洞)', en: 'rings in this polygon (outer ring and holes)' },
  TOO_MANY_PARTS: { zh: '多部件几何的部件数', en: 'parts in this Multi* geometry' },
} as const;

function withMessage(found: Found, type: string, path: string): GeometryLimitProblem {
  const { code, limit } = found;
  if (code === 'NESTED_TOO_DEEP') {
    return {
      ...found,
      path,
      message:
        `${path} 嵌套过深:${type} 的坐标只有 ${limit} 层数组,坐标 [经度, 纬度] 内不能再有数组 / ` +
        `${path} is nested too deeply: ${type} coordinates have ${limit} levels of arrays, and a position [lng, lat] holds numbers, not arrays`,
    };
  }
  const noun = NOUNS[code];
  return {
    ...found,
    path,
    message:
      `${noun.zh}超过上限 ${limit}(至少有 ${found.found} 个),请简化后再发送 / ` +
      `Too many ${noun.en}: the limit is ${limit} and at least ${found.found} were sent; simplify it and send again`,
  };
}

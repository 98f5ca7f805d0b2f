import { FILTER_GEOMETRY_LIMITS, type GeometryLimits, WRITE_GEOMETRY_LIMITS } from '@atlas/geo';

function limitsText({ positions, rings, parts }: GeometryLimits): string {
  return `At most ${positions.toLocaleString('en')} positions in all, ${rings} rings per polygon and ${parts} parts per Multi* geometry; more is refused with BAD_USER_INPUT (TOO_MANY_POSITIONS, TOO_MANY_RINGS, TOO_MANY_PARTS) before any other check.`;
}

/**
 * A geometry argument's schema description, stating the limits a write enforces (`WRITE_GEOMETRY_LIMITS`).
 *
 * @example
 * @Field(() => GeoJSONScalar, { description: writeGeometryDescription('A Point.') }) geometry!: unknown;
 */
export function writeGeometryDescription(what: string): string {
  return `${what} ${limitsText(WRITE_GEOMETRY_LIMITS)} Polygons must be valid to PostGIS (ST_IsValid); a crossing is SELF_INTERSECTION.`;
}

/**
 * A filter geometry's schema description, stating the tighter read-filter limits (`FILTER_GEOMETRY_LIMITS`).
 *
 * @example
 * @Field(() => GeoJSONInput, { nullable: true, description: filterGeometryDescription('Inside this Polygon.') })
 */
export function filterGeometryDescription(what: string): string {
  return `${what} ${limitsText(FILTER_GEOMETRY_LIMITS)} A polygon must be valid to PostGIS (ST_IsValid).`;
}

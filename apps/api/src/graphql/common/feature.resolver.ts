import type { CoverageLayer } from '@atlas/core';
import { areaKm2, bbox, centroid, lengthKm } from '@atlas/geo';
import type { Geometry } from 'geojson';
import { Arg, type ClassType, Ctx, FieldResolver, Float, Int, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import { GeoJSONScalar } from './geojson.scalar';
import { Provenance } from './provenance.type';

/** What every stored feature row has: its provenance and, when a filter asked, its distance. */
export interface FeatureRowBase {
  sourceKind: string;
  sourceCitation: string;
  geometrySourceKind?: string;
  geometrySourceCitation?: string;
  distanceMeters?: number | null;
}

export interface FeatureResolverOptions<R> {
  /** The geometry the map draws for a row. */
  geometryOf: (row: R) => Geometry;
  idOf: (row: R) => string;
  /** Polygon layers simplified together by zoom; other layers come at full detail (they are light). */
  coverage?: CoverageLayer;
}

/**
 * The fields every map feature shares — geometry (by zoom), provenance, the measures derived from
 * the geometry, and distance — as one resolver per type, so each layer answers them the same way.
 */
export function featureResolver<R extends FeatureRowBase>(
  type: ClassType,
  options: FeatureResolverOptions<R>,
) {
  @Resolver(() => type)
  class FeatureFieldsResolver {
    @FieldResolver(() => GeoJSONScalar, {
      description:
        'RFC 7946 geometry; with zoom, polygons are simplified for that web-map zoom (borders kept shared).',
    })
    async geometry(
      @Root() row: R,
      @Ctx() ctx: ApiContext,
      @Arg('zoom', () => Int, { nullable: true }) zoom?: number | null,
    ): Promise<Geometry> {
      if (zoom == null || !options.coverage) return options.geometryOf(row);
      const simplified = await ctx.geometries.geometryOf(
        ctx.db,
        await ctx.dataVersion(),
        options.coverage,
        zoom,
        options.idOf(row),
      );
      return simplified ?? options.geometryOf(row);
    }

    @FieldResolver(() => Provenance, { description: 'Where the record came from.' })
    provenance(@Root() row: R): Provenance {
      return { kind: row.sourceKind, citation: row.sourceCitation };
    }

    @FieldResolver(() => Provenance, {
      description: 'Where the geometry came from (an approximation is said so here).',
    })
    geometryProvenance(@Root() row: R): Provenance {
      return row.geometrySourceKind
        ? { kind: row.geometrySourceKind, citation: row.geometrySourceCitation ?? null }
        : { kind: row.sourceKind, citation: row.sourceCitation };
    }

    @FieldResolver(() => Float, { description: 'Area in km² on the sphere (0 for points and lines).' })
    areaKm2(@Root() row: R): number {
      return Math.round(areaKm2(options.geometryOf(row)) * 1000) / 1000;
    }

    @FieldResolver(() => Float, { description: 'Length in km on the sphere (0 for points and polygons).' })
    lengthKm(@Root() row: R): number {
      return Math.round(lengthKm(options.geometryOf(row)) * 1000) / 1000;
    }

    @FieldResolver(() => GeoJSONScalar, { description: 'Centre of mass, a Point.' })
    centroid(@Root() row: R): Geometry {
      return centroid(options.geometryOf(row));
    }

    @FieldResolver(() => [Float], { description: '[west, south, east, north]' })
    bbox(@Root() row: R): number[] {
      return bbox(options.geometryOf(row));
    }

    @FieldResolver(() => Float, {
      nullable: true,
      description:
        'Metres on the sphere to the filter’s point or nearest feature; null unless the filter asked.',
    })
    distanceMeters(@Root() row: R): number | null {
      return row.distanceMeters == null ? null : Math.round(row.distanceMeters * 10) / 10;
    }
  }
  return FeatureFieldsResolver;
}

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
  /** The geometry the map draws for a row; undefined when the list was read without it. */
  geometryOf: (row: R) => Geometry | undefined;
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
  /** The row's full geometry: its own, or fetched (batched) when its list left it out. */
  async function fullGeometry(row: R, ctx: ApiContext): Promise<Geometry> {
    const own = options.geometryOf(row);
    if (own) return own;
    const fetched = options.coverage
      ? await ctx.loaders.featureGeometry(options.coverage).load(options.idOf(row))
      : null;
    if (!fetched) throw new Error(`no geometry for ${options.idOf(row)}`);
    return fetched;
  }

  @Resolver(() => type)
  class FeatureFieldsResolver {
    @FieldResolver(() => GeoJSONScalar, {
      description:
        'RFC 7946 geometry; with zoom, polygons are simplified for that web-map zoom (borders kept shared).',
    })
    geometry(
      @Root() row: R,
      @Ctx() ctx: ApiContext,
      @Arg('zoom', () => Int, { nullable: true }) zoom?: number | null,
    ): Geometry | Promise<Geometry> {
      // Answered without a promise when the row has it: a page of projects is hundreds of these,
      // and every promise is one more for graphql-js and the request's async context to track.
      if (zoom == null || !options.coverage) return options.geometryOf(row) ?? fullGeometry(row, ctx);
      return this.simplifiedGeometry(row, ctx, options.coverage, zoom);
    }

    private async simplifiedGeometry(
      row: R,
      ctx: ApiContext,
      coverage: CoverageLayer,
      zoom: number,
    ): Promise<Geometry> {
      const simplified = await ctx.geometries.geometryOf(
        ctx.db,
        await ctx.dataVersion(),
        coverage,
        zoom,
        options.idOf(row),
      );
      return simplified ?? fullGeometry(row, ctx);
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
    async areaKm2(@Root() row: R, @Ctx() ctx: ApiContext): Promise<number> {
      return Math.round(areaKm2(await fullGeometry(row, ctx)) * 1000) / 1000;
    }

    @FieldResolver(() => Float, { description: 'Length in km on the sphere (0 for points and polygons).' })
    async lengthKm(@Root() row: R, @Ctx() ctx: ApiContext): Promise<number> {
      return Math.round(lengthKm(await fullGeometry(row, ctx)) * 1000) / 1000;
    }

    @FieldResolver(() => GeoJSONScalar, { description: 'Centre of mass, a Point.' })
    async centroid(@Root() row: R, @Ctx() ctx: ApiContext): Promise<Geometry> {
      return centroid(await fullGeometry(row, ctx));
    }

    @FieldResolver(() => [Float], { description: '[west, south, east, north]' })
    async bbox(@Root() row: R, @Ctx() ctx: ApiContext): Promise<number[]> {
      return bbox(await fullGeometry(row, ctx));
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

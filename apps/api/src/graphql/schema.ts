import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import * as layers from './layers.resolver';
import * as places from './places.resolver';
import { PlanResolver } from './plan.resolver';

let built: GraphQLSchema | undefined;

/** The code-first schema, built once per process (type-graphql's metadata is global). */
export async function atlasSchema(): Promise<GraphQLSchema> {
  built ??= await buildSchema({
    resolvers: [
      places.CountyFeatureResolver,
      places.ZoneFeatureResolver,
      places.CountyResolver,
      places.ZoneResolver,
      places.ClusterResolver,
      layers.ProjectFeatureResolver,
      layers.RoadLinkFeatureResolver,
      layers.GridFeatureResolver,
      layers.FacilityFeatureResolver,
      layers.RelocationFeatureResolver,
      layers.HousingFeatureResolver,
      layers.ProjectResolver,
      layers.RoadLinkResolver,
      layers.GridProjectResolver,
      layers.FacilityResolver,
      layers.RelocationSiteResolver,
      layers.HousingProjectResolver,
      PlanResolver,
    ],
    scalarsMap: [],
    validate: false,
    emitSchemaFile: false,
  });
  return built;
}

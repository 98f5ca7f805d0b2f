// biome-ignore-all assist/source/organizeImports: type-graphql lists Query and Mutation fields in the order their decorators ran, so these imports are ordered as schema.graphql lists the fields, not by name.
import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ProjectFeatureResolver, ProjectResolver } from './project/project.resolver';
import { RoadLinkFeatureResolver, RoadLinkResolver } from './road-link/road-link.resolver';
import { GridProjectFeatureResolver, GridProjectResolver } from './grid-project/grid-project.resolver';
import { FacilityFeatureResolver, FacilityResolver } from './facility/facility.resolver';
import {
  RelocationSiteFeatureResolver,
  RelocationSiteResolver,
} from './relocation-site/relocation-site.resolver';
import {
  HousingProjectFeatureResolver,
  HousingProjectResolver,
} from './housing-project/housing-project.resolver';
import { RiverFeatureResolver, RiverResolver } from './river/river.resolver';
import { CountyFeatureResolver, CountyResolver } from './county/county.resolver';
import { ZoneFeatureResolver, ZoneResolver } from './zone/zone.resolver';
import { ClusterResolver } from './cluster/cluster.resolver';
import { PlanTargetResolver } from './plan-target/plan-target.resolver';
import { ProjectTotalsResolver } from './project-totals/project-totals.resolver';
import { ProgressReportResolver } from './progress-report/progress-report.resolver';
import { SearchResolver } from './search/search.resolver';
import { InspectionResolver } from './inspection/inspection.resolver';
import { InspectionCriteriaResolver } from './inspection-criteria/inspection-criteria.resolver';

let built: GraphQLSchema | undefined;

/** The code-first schema, built once per process (type-graphql's metadata is global). */
export async function atlasSchema(): Promise<GraphQLSchema> {
  built ??= await buildSchema({
    resolvers: [
      ProjectFeatureResolver,
      ProjectResolver,
      RoadLinkFeatureResolver,
      RoadLinkResolver,
      GridProjectFeatureResolver,
      GridProjectResolver,
      FacilityFeatureResolver,
      FacilityResolver,
      RelocationSiteFeatureResolver,
      RelocationSiteResolver,
      HousingProjectFeatureResolver,
      HousingProjectResolver,
      RiverFeatureResolver,
      RiverResolver,
      CountyFeatureResolver,
      CountyResolver,
      ZoneFeatureResolver,
      ZoneResolver,
      ClusterResolver,
      PlanTargetResolver,
      ProjectTotalsResolver,
      ProgressReportResolver,
      SearchResolver,
      InspectionResolver,
      InspectionCriteriaResolver,
    ],
    scalarsMap: [],
    validate: false,
    emitSchemaFile: false,
  });
  return built;
}

import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ClusterResolver } from './cluster/cluster.resolver';
import { CountyFeatureResolver, CountyResolver } from './county/county.resolver';
import { FacilityFeatureResolver, FacilityResolver } from './facility/facility.resolver';
import { GridProjectFeatureResolver, GridProjectResolver } from './grid-project/grid-project.resolver';
import {
  HousingProjectFeatureResolver,
  HousingProjectResolver,
} from './housing-project/housing-project.resolver';
import { InspectionResolver } from './inspection/inspection.resolver';
import { InspectionCriteriaResolver } from './inspection-criteria/inspection-criteria.resolver';
import { PlanTargetResolver } from './plan-target/plan-target.resolver';
import { ProgressReportResolver } from './progress-report/progress-report.resolver';
import { ProjectFeatureResolver, ProjectResolver } from './project/project.resolver';
import { ProjectTotalsResolver } from './project-totals/project-totals.resolver';
import {
  RelocationSiteFeatureResolver,
  RelocationSiteResolver,
} from './relocation-site/relocation-site.resolver';
import { RiverFeatureResolver, RiverResolver } from './river/river.resolver';
import { RoadLinkFeatureResolver, RoadLinkResolver } from './road-link/road-link.resolver';
import { SearchResolver } from './search/search.resolver';
import { ZoneFeatureResolver, ZoneResolver } from './zone/zone.resolver';

let built: GraphQLSchema | undefined;

/**
 * The code-first schema, built once per process (type-graphql's metadata is global). Types, fields
 * and arguments are sorted by name, so the emitted schema.graphql does not depend on the order in
 * which decorators ran (that is, on import order).
 */
export async function atlasSchema(): Promise<GraphQLSchema> {
  built ??= lexicographicSortSchema(
    await buildSchema({
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
    }),
  );
  return built;
}

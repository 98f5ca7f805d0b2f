import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountResolver, MeResolver, UserResolver } from './account/account.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { ChangesResolver } from './changes/changes.resolver';
import { ClusterResolver } from './cluster/cluster.resolver';
import { CountyFeatureResolver, CountyResolver } from './county/county.resolver';
import { FacilityFeatureResolver, FacilityResolver } from './facility/facility.resolver';
import { FacilityScheduleResolver } from './facility/facility-schedule.resolver';
import { GridProjectFeatureResolver, GridProjectResolver } from './grid-project/grid-project.resolver';
import { GridProjectScheduleResolver } from './grid-project/grid-project-schedule.resolver';
import {
  HousingProjectFeatureResolver,
  HousingProjectResolver,
} from './housing-project/housing-project.resolver';
import { InspectionResolver } from './inspection/inspection.resolver';
import { InspectionCriteriaResolver } from './inspection-criteria/inspection-criteria.resolver';
import {
  LedgerResolver,
  ProjectResponsibleResolver,
  RedListZoneResolver,
  ZoneTimeProgressResolver,
} from './ledger/ledger.resolver';
import {
  MonthlyReportNodeResolver,
  MonthlyReportProjectResolver,
  MonthlyReportResolver,
  ReportingBoardRowResolver,
} from './monthly-report/monthly-report.resolver';
import { PlanTargetResolver } from './plan-target/plan-target.resolver';
import { ProblemResolver } from './problem/problem.resolver';
import { ProgressReportResolver } from './progress-report/progress-report.resolver';
import { ProjectFeatureResolver, ProjectResolver } from './project/project.resolver';
import { ProjectLedgerResolver } from './project/project-ledger.resolver';
import { ProjectTotalsResolver } from './project-totals/project-totals.resolver';
import {
  RelocationSiteFeatureResolver,
  RelocationSiteResolver,
} from './relocation-site/relocation-site.resolver';
import {
  RelocationHouseholdsResolver,
  RelocationSiteScheduleResolver,
} from './relocation-site/relocation-site-schedule.resolver';
import { RiverFeatureResolver, RiverResolver } from './river/river.resolver';
import { RoadLinkFeatureResolver, RoadLinkResolver } from './road-link/road-link.resolver';
import { RoadLinkScheduleResolver } from './road-link/road-link-schedule.resolver';
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
        MonthlyReportResolver,
        MonthlyReportProjectResolver,
        MonthlyReportNodeResolver,
        ReportingBoardRowResolver,
        SearchResolver,
        InspectionResolver,
        InspectionCriteriaResolver,
        AccountResolver,
        MeResolver,
        UserResolver,
        AuditResolver,
        ProjectLedgerResolver,
        LedgerResolver,
        ProjectResponsibleResolver,
        ZoneTimeProgressResolver,
        RedListZoneResolver,
        ProblemResolver,
        ChangesResolver,
        RoadLinkScheduleResolver,
        GridProjectScheduleResolver,
        FacilityScheduleResolver,
        RelocationSiteScheduleResolver,
        RelocationHouseholdsResolver,
      ],
      scalarsMap: [],
      validate: false,
      emitSchemaFile: false,
    }),
  );
  return built;
}

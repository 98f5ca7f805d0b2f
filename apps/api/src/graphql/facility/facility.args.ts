import type {
  FacilityKind as FacilityKindValue,
  FacilityLevel as FacilityLevelValue,
  WorksStatus as WorksStatusValue,
} from '@atlas/data';
import { ArgsType, Field } from 'type-graphql';
import { FacilityKind, FacilityLevel, WorksStatus } from '../common/enums';
import { FeatureListArgs } from '../common/feature-list.args';

@ArgsType()
export class FacilityListArgs extends FeatureListArgs {
  @Field(() => FacilityKind, {
    nullable: true,
    description: 'Only facilities of this kind, e.g. SEWAGE_PLANT.',
  })
  kind?: FacilityKindValue | null;

  @Field(() => FacilityLevel, { nullable: true, description: 'Only national or only provincial ones.' })
  level?: FacilityLevelValue | null;

  @Field(() => WorksStatus, { nullable: true })
  status?: WorksStatusValue | null;
}

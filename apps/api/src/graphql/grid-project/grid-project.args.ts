import type {
  GridProjectKind as GridProjectKindValue,
  GridVoltage as GridVoltageValue,
  WorksStatus as WorksStatusValue,
} from '@atlas/data';
import { ArgsType, Field } from 'type-graphql';
import { GridProjectKind, GridVoltage, WorksStatus } from '../common/enums';
import { FeatureListArgs } from '../common/feature-list.args';

@ArgsType()
export class GridProjectListArgs extends FeatureListArgs {
  @Field(() => GridProjectKind, { nullable: true })
  kind?: GridProjectKindValue | null;

  @Field(() => GridVoltage, { nullable: true, description: 'Only projects of this voltage, e.g. KV_220.' })
  voltage?: GridVoltageValue | null;

  @Field(() => WorksStatus, { nullable: true })
  status?: WorksStatusValue | null;
}

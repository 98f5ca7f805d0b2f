import type { HousingKind as HousingKindValue } from '@atlas/data';
import { ArgsType, Field } from 'type-graphql';
import { HousingKind } from '../common/enums';
import { FeatureListArgs } from '../common/feature-list.args';

@ArgsType()
export class HousingProjectListArgs extends FeatureListArgs {
  @Field(() => HousingKind, {
    nullable: true,
    description: '安置房 (RESETTLEMENT) or 公租房 (PUBLIC_RENTAL) only.',
  })
  kind?: HousingKindValue | null;
}

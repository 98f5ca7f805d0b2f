import type { FeatureOrder as FeatureOrderValue } from '@atlas/core';
import { Arg, ArgsType, Field } from 'type-graphql';
import { FeatureOrder } from './enums';
import { SpatialFilter } from './spatial-filter.input';

/** The spatial filter every feature list takes. */
export const filterArg = () => Arg('filter', () => SpatialFilter, { nullable: true });

/** The order every feature list takes; DISTANCE needs a near or nearLayer filter. */
export const orderArg = () => Arg('orderBy', () => FeatureOrder, { nullable: true });

/** The arguments every feature list takes, for lists that add their own (`GridProjectListArgs` …). */
@ArgsType()
export class FeatureListArgs {
  @Field(() => SpatialFilter, { nullable: true })
  filter?: SpatialFilter | null;

  @Field(() => FeatureOrder, {
    nullable: true,
    description: 'NAME by default; DISTANCE needs a near or nearLayer filter.',
  })
  orderBy?: FeatureOrderValue | null;
}

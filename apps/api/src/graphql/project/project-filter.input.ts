import type { ProjectStatus as ProjectStatusValue } from '@atlas/data';
import { Field, Float, ID, InputType } from 'type-graphql';
import { ProjectStatus } from '../common/enums';
import { MONEY_RULE, textRule } from '../common/input-rules.description';
import { SpatialFilter } from '../common/spatial-filter.input';

@InputType({ description: 'Which projects to list; all conditions given must hold.' })
export class ProjectFilter {
  @Field(() => ID, { nullable: true }) zoneCode?: string | null;
  @Field(() => ID, { nullable: true }) clusterCode?: string | null;
  @Field(() => [ProjectStatus], { nullable: true }) statuses?: ProjectStatusValue[] | null;
  @Field(() => Float, { nullable: true, description: MONEY_RULE }) minInvestmentYi?: number | null;
  @Field(() => String, {
    nullable: true,
    description: textRule('pattern', 'Names containing this text literally (% and _ match themselves). '),
  })
  nameContains?: string | null;
  @Field(() => SpatialFilter, { nullable: true }) spatial?: SpatialFilter | null;
}

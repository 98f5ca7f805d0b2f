import { Field, Float, Int, ObjectType } from 'type-graphql';
import { PlanTarget } from './plan-target.type';

@ObjectType({ description: 'The ten zones against the year’s city-wide targets.' })
export class PlanSummary {
  @Field(() => Int) year!: number;
  @Field(() => Int) projectCount!: number;
  @Field(() => Float) projectInvestmentYi!: number;
  @Field(() => Int) targetsWithData!: number;
  @Field(() => Int) targetsMet!: number;
  @Field(() => [PlanTarget]) targets!: PlanTarget[];
}

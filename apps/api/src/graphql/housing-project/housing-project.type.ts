import { Field, ID, Int, ObjectType } from 'type-graphql';
import { HousingKind } from '../common/enums';

@ObjectType({ description: 'Resettlement or public rental housing.' })
export class HousingProject {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => HousingKind) kind!: string;
  @Field(() => String, { nullable: true }) zoneCode!: string | null;
  @Field(() => Int) unitsPlanned!: number;
  @Field(() => Int) unitsStarted!: number;
  @Field(() => Int) unitsCompleted!: number;
}

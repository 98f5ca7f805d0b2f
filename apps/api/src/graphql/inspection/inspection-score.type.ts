import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType()
export class InspectionScore {
  @Field(() => ID) zoneCode!: string;
  @Field(() => Float) score!: number;
  @Field(() => Int) version!: number;
}

import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A period’s reported figure.' })
export class ProgressReport {
  @Field(() => Int) id!: number;
  @Field(() => String) period!: string;
  @Field(() => String) metric!: string;
  @Field(() => ID, { nullable: true }) zoneCode!: string | null;
  @Field(() => ID, { nullable: true }) clusterCode!: string | null;
  @Field(() => Float) value!: number;
  @Field(() => Int) version!: number;
}

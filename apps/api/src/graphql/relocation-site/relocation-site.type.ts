import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { GeoJSONScalar } from '../common/geojson.scalar';

@ObjectType({ description: 'A village moved out of a zone, and where its households go.' })
export class RelocationSite {
  @Field(() => ID) id!: string;
  @Field(() => String) villageName!: string;
  @Field(() => String) zoneCode!: string;
  @Field(() => String) communityName!: string;
  @Field(() => Int) households!: number;
  @Field(() => Int) unitsPlanned!: number;
  @Field(() => Int) unitsStarted!: number;
  @Field(() => Int) unitsCompleted!: number;
  @Field(() => DateScalar, { nullable: true }) startedOn!: string | null;
  @Field(() => GeoJSONScalar, { description: 'Where the households move to, a Point.' })
  destination!: unknown;
  @Field(() => Int) version!: number;
}

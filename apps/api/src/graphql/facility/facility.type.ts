import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { FacilityKind, FacilityLevel, WorksStatus } from '../common/enums';

@ObjectType({ description: 'A sewage plant, quality-inspection centre, incubator, park or other facility.' })
export class Facility {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => FacilityKind) kind!: string;
  @Field(() => FacilityLevel, { nullable: true }) level!: string | null;
  @Field(() => String, { nullable: true }) zoneCode!: string | null;
  @Field(() => WorksStatus) status!: string;
  @Field(() => Float, { nullable: true, description: 'Null where no source states it.' }) capacity!:
    | number
    | null;
  @Field(() => String, { nullable: true }) capacityUnit!: string | null;
  @Field(() => Int) version!: number;
}

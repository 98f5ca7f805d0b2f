import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { StarLevel } from '../common/enums';
import { GeoJSONScalar } from '../common/geojson.scalar';

@ObjectType({ description: 'An industrial cluster district (产业集聚区).' })
export class Zone {
  @Field(() => ID) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => StarLevel, {
    description: 'The level the plan states for 2014; later levels are in starLevels.',
  })
  starLevel!: string;
  @Field(() => Float, { nullable: true, description: 'Published planned area, km²; null when unpublished.' })
  plannedAreaKm2!: number | null;
  @Field(() => GeoJSONScalar, { description: 'A point inside the footprint standing for the zone.' })
  seat!: unknown;
  @Field(() => Int) version!: number;
  countyAdcode!: string;
}

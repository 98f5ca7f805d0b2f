import { Field, ID, ObjectType } from 'type-graphql';
import { GeoJSONScalar } from '../common/geojson.scalar';

@ObjectType({ description: 'One of Zhoukou’s ten county-level divisions (2014 codes).' })
export class County {
  @Field(() => ID) adcode!: string;
  @Field(() => String) name!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => String, { description: 'The county seat’s name.' }) seatName!: string;
  @Field(() => GeoJSONScalar, { description: 'The county seat, a Point.' }) seat!: unknown;
}

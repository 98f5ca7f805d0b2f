import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ClusterTier, Comparator, EnterpriseRole, StarLevel } from './enums';
import { GeoJSONScalar } from './geojson.scalar';

@ObjectType({ description: 'One of Zhoukou’s ten county-level divisions (2014 codes).' })
export class County {
  @Field(() => ID) adcode!: string;
  @Field(() => String) name!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => String, { description: 'The county seat’s name.' }) seatName!: string;
  @Field(() => GeoJSONScalar, { description: 'The county seat, a Point.' }) seat!: unknown;
}

@ObjectType({ description: 'A zone’s star level in a year, and the plan’s aim for it.' })
export class StarLevelRecord {
  @Field(() => Int) year!: number;
  @Field(() => StarLevel) level!: string;
  @Field(() => String, { nullable: true }) aim!: string | null;
  @Field(() => Boolean, { description: '力争/争取: an aim to strive for.' }) aimStrive!: boolean;
}

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

@ObjectType({ description: 'The 2014 revenue target of a cluster.' })
export class RevenueTarget {
  @Field(() => Float, { description: '亿元' }) valueYi!: number;
  @Field(() => Comparator) comparator!: string;
  @Field(() => Boolean) strive!: boolean;
}

@ObjectType({ description: 'An industrial cluster: 千亿 leading or 百亿 specialty.' })
export class Cluster {
  @Field(() => ID) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => ClusterTier) tier!: string;
  @Field(() => Boolean, { description: 'The plan lists members with “等”: more zones may belong.' })
  membersOpenEnded!: boolean;
  @Field(() => String, { nullable: true }) placeNote!: string | null;
}

@ObjectType({ description: 'An enterprise the plan or a public source names.' })
export class Enterprise {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => EnterpriseRole) role!: string;
  @Field(() => String, { nullable: true, description: 'Null where its zone is unverified.' }) zoneCode!:
    | string
    | null;
}

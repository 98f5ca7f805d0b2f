import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { RoadLinkKind } from '../common/enums';

@ObjectType({ description: 'Road works linking zones to national and provincial roads.' })
export class RoadLink {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => RoadLinkKind) kind!: string;
  @Field(() => String, { nullable: true }) zoneCode!: string | null;
  @Field(() => Float, { nullable: true, description: '亿元; null for pre-work with no stated cost.' })
  investmentYi!: number | null;
  @Field(() => Int) version!: number;
}

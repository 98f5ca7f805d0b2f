import { Field, ID, ObjectType } from 'type-graphql';
import { ClusterTier } from '../common/enums';

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

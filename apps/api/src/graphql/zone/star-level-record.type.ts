import { Field, Int, ObjectType } from 'type-graphql';
import { StarLevel } from '../common/enums';

@ObjectType({ description: 'A zone’s star level in a year, and the plan’s aim for it.' })
export class StarLevelRecord {
  @Field(() => Int) year!: number;
  @Field(() => StarLevel) level!: string;
  @Field(() => String, { nullable: true }) aim!: string | null;
  @Field(() => Boolean, { description: '力争/争取: an aim to strive for.' }) aimStrive!: boolean;
}

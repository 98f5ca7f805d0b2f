import { Field, Float, ObjectType } from 'type-graphql';
import { Comparator } from '../common/enums';

@ObjectType({ description: 'The 2014 revenue target of a cluster.' })
export class RevenueTarget {
  @Field(() => Float, { description: '亿元' }) valueYi!: number;
  @Field(() => Comparator) comparator!: string;
  @Field(() => Boolean) strive!: boolean;
}

import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { SourceKind } from '../common/enums';

@ObjectType({ description: 'One cell of the zone × cluster table of projects.' })
export class ZoneClusterTotals {
  @Field(() => ID) zoneCode!: string;
  @Field(() => ID, { nullable: true, description: 'Null: projects in no cluster.' }) clusterCode!:
    | string
    | null;
  @Field(() => Int) count!: number;
  @Field(() => Float, { description: '亿元, to two decimals' }) investmentYi!: number;
  @Field(() => SourceKind, { nullable: true }) source!: string | null;
}

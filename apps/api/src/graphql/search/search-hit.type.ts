import { Field, ID, ObjectType } from 'type-graphql';
import { SearchKind } from '../common/enums';

@ObjectType()
export class SearchHit {
  @Field(() => SearchKind) kind!: string;
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => ID, { nullable: true }) zoneCode!: string | null;
}

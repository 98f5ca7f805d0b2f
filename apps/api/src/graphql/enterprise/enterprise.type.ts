import { Field, ID, ObjectType } from 'type-graphql';
import { EnterpriseRole } from '../common/enums';

@ObjectType({ description: 'An enterprise the plan or a public source names.' })
export class Enterprise {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => EnterpriseRole) role!: string;
  @Field(() => String, { nullable: true, description: 'Null where its zone is unverified.' }) zoneCode!:
    | string
    | null;
}

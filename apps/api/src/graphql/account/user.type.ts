import type { AccountRole as Role } from '@atlas/data';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/date-time.scalar';
import { AccountRole } from '../common/enums';

@ObjectType({ description: 'An account (admin only). Its password is never shown, not even hashed.' })
export class User {
  @Field(() => ID) id!: number;
  @Field(() => String) username!: string;
  @Field(() => String) displayName!: string;
  @Field(() => AccountRole) role!: Role;
  @Field(() => Boolean) disabled!: boolean;
  @Field(() => Boolean) demo!: boolean;
  @Field(() => DateTimeScalar) createdAt!: Date;
  zoneCode!: string | null;
}

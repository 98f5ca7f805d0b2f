import type { AccountRole as Role } from '@atlas/data';
import { Field, ObjectType } from 'type-graphql';
import { AccountRole } from '../common/enums';

@ObjectType({ description: 'Who is signed in (a configured service token shows its name and role).' })
export class Me {
  @Field(() => String) username!: string;
  @Field(() => String) displayName!: string;
  @Field(() => AccountRole) role!: Role;
  @Field(() => Boolean, { description: 'A demo account, made at the first start with printed passwords.' })
  demo!: boolean;
  zoneCode!: string | null;
}

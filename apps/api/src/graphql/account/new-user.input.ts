import type { AccountRole as Role } from '@atlas/data';
import { Field, ID, InputType } from 'type-graphql';
import { AccountRole } from '../common/enums';

@InputType({
  description: 'A new account (admin). A zone reporter needs zoneCode; no other role may have one.',
})
export class NewUserInput {
  @Field(() => String, { description: '2–64 of a–z 0–9 . _ -, starting with a letter or digit.' })
  username!: string;
  @Field(() => String) displayName!: string;
  @Field(() => AccountRole) role!: Role;
  @Field(() => ID, { nullable: true }) zoneCode?: string | null;
  @Field(() => String, { description: 'At least 10 characters; stored only as its scrypt hash.' })
  password!: string;
}

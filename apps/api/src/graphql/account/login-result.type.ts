import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/date-time.scalar';
import { Me } from './me.type';

@ObjectType({
  description:
    'A new session. The browser also gets it as the httpOnly cookie atlas_session; a script sends the token as `Authorization: Bearer`.',
})
export class LoginResult {
  @Field(() => String, { description: 'The session token (ats_…), shown this once.' }) token!: string;
  @Field(() => DateTimeScalar) expiresAt!: Date;
  @Field(() => Me) me!: Me;
}

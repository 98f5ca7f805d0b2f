import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/date-time.scalar';

@ObjectType({
  description: 'A personal access token for scripts; the token itself is shown only at creation.',
})
export class AccessToken {
  @Field(() => ID) id!: number;
  @Field(() => String) name!: string;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Recorded at most once a minute.' })
  lastUsedAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) revokedAt!: Date | null;
}

@ObjectType({ description: 'A token just created: copy `token` now, it is never shown again.' })
export class CreatedAccessToken {
  @Field(() => String, { description: 'atp_…, for `Authorization: Bearer`.' }) token!: string;
  @Field(() => AccessToken) accessToken!: AccessToken;
}

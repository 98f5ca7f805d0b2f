import {
  type Actor,
  createAccessToken,
  createUser,
  endSession,
  getUser,
  listMyAccessTokens,
  listUsers,
  login,
  resetUserPassword,
  revokeAccessToken,
  revokeUserSessions,
  setUserDisabled,
  type UserRow,
} from '@atlas/core';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import { Zone } from '../zone/zone.type';
import { AccessToken, CreatedAccessToken } from './access-token.type';
import { LoginResult } from './login-result.type';
import { Me } from './me.type';
import { NewUserInput } from './new-user.input';
import { User } from './user.type';

const meOfUser = (user: UserRow): Me => ({
  username: user.username,
  displayName: user.displayName,
  role: user.role,
  demo: user.demo,
  zoneCode: user.zoneCode,
});

/** A configured service token is nobody's account: it shows its configured name and role. */
const meOfService = (actor: Actor): Me => ({
  username: actor.name,
  displayName: actor.name,
  role: actor.role,
  demo: false,
  zoneCode: actor.zoneCode ?? null,
});

const tokenId = (id: string): number => {
  const n = Number(id);
  return Number.isSafeInteger(n) && n > 0 ? n : 0;
};

@Resolver(() => Me)
export class MeResolver {
  @FieldResolver(() => Zone, { nullable: true, description: 'A zone reporter’s zone.' })
  zone(@Root() me: Me, @Ctx() ctx: ApiContext) {
    return me.zoneCode ? ctx.loaders.zone.load(me.zoneCode) : null;
  }
}

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => Zone, { nullable: true, description: 'A zone reporter’s zone.' })
  zone(@Root() user: User, @Ctx() ctx: ApiContext) {
    return user.zoneCode ? ctx.loaders.zone.load(user.zoneCode) : null;
  }
}

@Resolver()
export class AccountResolver {
  @Query(() => Me, { nullable: true, description: 'Who is asking; null when anonymous.' })
  async me(@Ctx() ctx: ApiContext): Promise<Me | null> {
    const { actor } = ctx;
    if (actor.userId !== undefined) {
      const user = await getUser(ctx.db, actor.userId);
      return user ? meOfUser(user) : null;
    }
    return actor.authenticated ? meOfService(actor) : null;
  }

  @Query(() => [User], { description: 'Every account. Admin.' })
  users(@Ctx() ctx: ApiContext) {
    return listUsers(ctx);
  }

  @Query(() => [AccessToken], { description: 'The signed-in user’s access tokens, newest first.' })
  myAccessTokens(@Ctx() ctx: ApiContext) {
    // Last use moves without a data version: this answer is never cached.
    ctx.session.uncacheable();
    return listMyAccessTokens(ctx);
  }

  @Mutation(() => LoginResult, {
    description:
      'Signs in: sets the atlas_session cookie and returns the same token for scripts. After 5 failures the next attempt waits 1, 2, 4 … s (at most 15 min): TOO_MANY_ATTEMPTS, HTTP 429.',
  })
  async login(
    @Ctx() ctx: ApiContext,
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
  ): Promise<LoginResult> {
    const { session, user } = await login(ctx, {
      username,
      password,
      address: ctx.session.address,
      sessionHours: ctx.session.hours,
    });
    ctx.session.setCookie(session.token, session.expiresAt);
    return { token: session.token, expiresAt: session.expiresAt, me: meOfUser(user) };
  }

  @Mutation(() => Boolean, {
    description: 'Ends the session the request came with and clears the cookie; false when there was none.',
  })
  async logout(@Ctx() ctx: ApiContext): Promise<boolean> {
    const { signedIn, viaCookie } = ctx.session;
    if (viaCookie) ctx.session.clearCookie();
    if (signedIn?.kind !== 'session') return false;
    return endSession(ctx.db, signedIn.digest);
  }

  @Mutation(() => CreatedAccessToken, { description: 'A personal access token for scripts, shown once.' })
  createAccessToken(@Ctx() ctx: ApiContext, @Arg('name', () => String) name: string) {
    return createAccessToken(ctx, name);
  }

  @Mutation(() => AccessToken, { description: 'Revokes one of your access tokens.' })
  revokeAccessToken(@Ctx() ctx: ApiContext, @Arg('id', () => ID) id: string) {
    return revokeAccessToken(ctx, tokenId(id));
  }

  @Mutation(() => User, { description: 'Admin.' })
  createUser(@Ctx() ctx: ApiContext, @Arg('input', () => NewUserInput) input: NewUserInput) {
    return createUser(ctx, input);
  }

  @Mutation(() => User, {
    description: 'Admin; disabling ends the account’s sessions and revokes its tokens.',
  })
  setUserDisabled(
    @Ctx() ctx: ApiContext,
    @Arg('username', () => String) username: string,
    @Arg('disabled', () => Boolean) disabled: boolean,
  ) {
    return setUserDisabled(ctx, username, disabled);
  }

  @Mutation(() => Int, { description: 'Admin; ends every session of the account and says how many.' })
  revokeUserSessions(@Ctx() ctx: ApiContext, @Arg('username', () => String) username: string) {
    return revokeUserSessions(ctx, username);
  }

  @Mutation(() => User, { description: 'Admin; a new password, and the account’s sessions ended.' })
  resetUserPassword(
    @Ctx() ctx: ApiContext,
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
  ) {
    return resetUserPassword(ctx, username, password);
  }
}

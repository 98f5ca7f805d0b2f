import { changesBetween } from '@atlas/core';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import { Zone } from '../zone/zone.type';
import { MonthChange } from './month-change.type';

@Resolver(() => MonthChange)
export class ChangesResolver {
  @Query(() => [MonthChange], {
    description:
      "What changed between two months ('2014-08' → '2014-09') or inspection rounds ('2014Q2' → '2014Q3'): starts, completions, households moved, and between rounds rank moves. Ordered by zone.",
  })
  changesBetween(
    @Ctx() ctx: ApiContext,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
  ) {
    return changesBetween(ctx.db, from, to);
  }

  @FieldResolver(() => Zone)
  zone(@Root() change: MonthChange, @Ctx() ctx: ApiContext) {
    return ctx.loaders.zone.load(change.zoneCode);
  }
}

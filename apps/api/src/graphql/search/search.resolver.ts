import { searchByName } from '@atlas/core';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { textRule } from '../common/input-rules.description';
import type { ApiContext } from '../context';
import { SearchHit } from './search-hit.type';

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: 'Zones, clusters, enterprises and projects whose name contains the text.',
  })
  search(
    @Ctx() ctx: ApiContext,
    @Arg('text', () => String, { description: textRule('pattern', 'Matched literally. ') }) text: string,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
  ) {
    return searchByName(ctx.db, text, first);
  }
}

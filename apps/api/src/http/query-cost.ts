import { createRequire } from 'node:module';
import type { ApolloServerPlugin } from '@apollo/server';
import { MAX_PAGE_SIZE } from '@atlas/core';
import { GraphQLError, type GraphQLSchema, getNullableType, isListType } from 'graphql';
import type * as QueryComplexity from 'graphql-query-complexity';
import type { ComplexityEstimator } from 'graphql-query-complexity';

// Its ESM build imports graphql's .mjs files while type-graphql uses graphql's CommonJS build; two
// copies of graphql refuse each other's schemas. The CommonJS build shares type-graphql's copy.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof QueryComplexity;

/**
 * A paged list costs its page size times what each item asks for. Pages above the cap count as the
 * cap, so an oversized `first` reaches the pagination check and gets its own clear refusal.
 */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === 'number' ? Math.min(Math.max(args.first, 0), MAX_PAGE_SIZE) : undefined;
  return first === undefined ? undefined : 1 + first * Math.max(childComplexity, 1);
};

/** Lists without a page size are this layer's features or a zone's projects: tens, sometimes hundreds. */
const UNPAGED_LIST_SIZE = 10;

const listEstimator: ComplexityEstimator = ({ field, childComplexity }) => {
  // A connection's edges are sized by its page, which pageEstimator has already counted.
  if (field.name === 'edges' || !isListType(getNullableType(field.type))) return undefined;
  return 1 + UNPAGED_LIST_SIZE * Math.max(childComplexity, 1);
};

/** Refuses an operation whose estimated cost passes `maxCost`, before any resolver runs. */
export function queryCostLimit(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const cost = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            operationName: request.operationName ?? undefined,
            estimators: [pageEstimator, listEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > maxCost) {
            throw new GraphQLError(
              `查询过于复杂(代价 ${cost},上限 ${maxCost})/ Query cost ${cost} is over the limit of ${maxCost}: ask for fewer items or fields`,
              { extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost } },
            );
          }
        },
      };
    },
  };
}

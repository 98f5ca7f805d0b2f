import { createRequire } from 'node:module';
import type { ApolloServerPlugin } from '@apollo/server';
import { MAX_PAGE_SIZE } from '@atlas/core';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isListType,
} from 'graphql';
import type * as QueryComplexity from 'graphql-query-complexity';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import {
  COVERAGE_TYPES,
  DEFAULT_LIST_SIZE,
  FULL_DETAIL_VERTICES,
  LIST_SIZES,
  MEASURE_FIELDS,
  MEASURE_SHARE,
  READ_SHARE,
  simplifiedShare,
} from './cost-weights';
import { badUserInput } from './refusal-status';

// Its ESM build imports graphql's .mjs files while type-graphql uses graphql's CommonJS build; two
// copies of graphql refuse each other's schemas. The CommonJS build shares type-graphql's copy.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof QueryComplexity;

/** Items of a feature type read their full geometry with the row (see READ_SHARE). */
function readWeight(typeName: string): number {
  const vertices = FULL_DETAIL_VERTICES[typeName];
  return vertices === undefined ? 0 : Math.ceil(vertices * READ_SHARE);
}

/**
 * A paged list costs its page size times what each item asks for. Pages above the cap count as the
 * cap, so an oversized `first` reaches the pagination check and gets its own clear refusal.
 */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === 'number' ? Math.min(Math.max(args.first, 0), MAX_PAGE_SIZE) : undefined;
  return first === undefined ? undefined : 1 + first * Math.max(childComplexity, 1);
};

/**
 * Geometry costs its vertices (cost-weights.ts): full detail all of them, a coverage at a zoom the
 * share it keeps there (GeometryCache serves it), the measures a share for walking them.
 */
const geometryEstimator: ComplexityEstimator = ({ type, field, args }) => {
  const vertices = FULL_DETAIL_VERTICES[type.name];
  if (vertices === undefined) return undefined;
  if (MEASURE_FIELDS.has(field.name)) return Math.max(1, Math.ceil(vertices * MEASURE_SHARE));
  if (field.name !== 'geometry') return undefined;
  const zoom = typeof args.zoom === 'number' && COVERAGE_TYPES.has(type.name) ? args.zoom : undefined;
  return Math.max(1, Math.ceil(vertices * (zoom === undefined ? 1 : simplifiedShare(zoom))));
};

/** Lists without a page size hold their layer's seeded count (LIST_SIZES), each item its own reading. */
const listEstimator: ComplexityEstimator = ({ type, field, childComplexity }) => {
  const item = getNamedType(field.type).name;
  // A connection's edges are sized by its page, which pageEstimator has already counted.
  if (field.name === 'edges' || !isListType(getNullableType(field.type))) return undefined;
  const size = LIST_SIZES[`${type.name}.${field.name}`] ?? DEFAULT_LIST_SIZE;
  return 1 + size * (Math.max(childComplexity, 1) + readWeight(item));
};

/** One feature (a zone by code, a project's zone, a page's node) reads its geometry too. */
const featureEstimator: ComplexityEstimator = ({ field, childComplexity }) => {
  const weight = readWeight(getNamedType(field.type).name);
  return weight === 0 ? undefined : 1 + childComplexity + weight;
};

/**
 * `__schema` and `__type` cost one unit whatever they select: they read the schema held in memory,
 * never the database, and their size is the schema's: graphql-js's MaxIntrospectionDepthRule refuses
 * lists nested past the standard query's, the alias and token limits still apply, and `__type` keeps
 * armor's depth limit (armor's skips only `__schema`).
 * Counting their lists like the layers' priced the standard introspection query (GraphiQL's,
 * codegen's) at about 49,000 and refused it.
 */
const introspectionEstimator: ComplexityEstimator = ({ field }) =>
  field.name === '__schema' || field.name === '__type' ? 1 : undefined;

/** The estimate of an operation, as the limit sees it; exported for tests and benches. */
export function queryCost(
  schema: GraphQLSchema,
  query: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query,
    variables,
    operationName,
    estimators: [
      introspectionEstimator,
      pageEstimator,
      geometryEstimator,
      listEstimator,
      featureEstimator,
      simpleEstimator({ defaultComplexity: 1 }),
    ],
  });
}

/** Refuses an operation whose estimated cost passes `maxCost`, before any resolver runs. */
export function queryCostLimit(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let cost: number;
          try {
            cost = queryCost(schema, document, request.variables ?? {}, request.operationName ?? undefined);
          } catch (error) {
            // getComplexity coerces the variables first: "NaN" or 1e309 for a Float is the caller's fault.
            if (error instanceof GraphQLError) throw badUserInput(error);
            throw error;
          }
          if (cost > maxCost) {
            throw new GraphQLError(
              `查询过于复杂(代价 ${cost},上限 ${maxCost})/ Query cost ${cost} is over the limit of ${maxCost}: ask for fewer items or fields`,
              { extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}

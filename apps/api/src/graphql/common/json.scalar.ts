import { GraphQLJSON } from 'graphql-scalars';

/**
 * `JSON`: any JSON value, as stored (an audit record's before and after). One instance for the
 * whole schema, so every folder imports it from here.
 *
 * @example @Field(() => JSONScalar, { nullable: true }) before!: unknown;
 */
export const JSONScalar = GraphQLJSON;

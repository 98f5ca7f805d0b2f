import { GraphQLDateTime } from 'graphql-scalars';

/**
 * `DateTime`: an instant, written as an RFC 3339 timestamp in UTC (`2014-10-16T08:30:00.000Z`).
 * graphql-scalars' own scalar; one instance for the whole schema, so every folder imports it from here.
 *
 * @example @Field(() => DateTimeScalar) createdAt!: Date;
 */
export const DateTimeScalar = GraphQLDateTime;

import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { GraphQLDate } from 'graphql-scalars';

const refused = (value: unknown) =>
  new GraphQLError(
    `日期须为有效的 YYYY-MM-DD,如 2014-10-16:${JSON.stringify(value)} / Date must be a real day written YYYY-MM-DD, such as 2014-10-16: ${JSON.stringify(value)}`,
    { extensions: { code: 'BAD_USER_INPUT' } },
  );

/** graphql-scalars' check of a full-date (the month has that day, leap years included), kept as text. */
function checkedDay(value: unknown): string {
  if (typeof value !== 'string') throw refused(value);
  try {
    return GraphQLDate.serialize(GraphQLDate.parseValue(value)) as string;
  } catch {
    throw refused(value);
  }
}

/**
 * `Date`: a calendar day, graphql-scalars' `Date` (RFC 3339 full-date), carried as the string
 * `YYYY-MM-DD` both ways. The domain and the database keep days as such strings, so unlike
 * graphql-scalars' own scalar an input is not turned into a JavaScript `Date` (and its time zone).
 *
 * @example `{ projects(filter: { startedFrom: "2014-07-01" }) … }` — "2014-02-30" is refused.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description:
    'A calendar day written YYYY-MM-DD, such as 2014-10-16 (RFC 3339 full-date, graphql-scalars’ Date).',
  serialize: checkedDay,
  parseValue: checkedDay,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw refused(ast.kind === Kind.INT ? Number(ast.value) : ast.kind);
    return checkedDay(ast.value);
  },
  specifiedByURL: 'https://the-guild.dev/graphql/scalars/docs/scalars/date',
});

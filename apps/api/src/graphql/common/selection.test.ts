import { buildSchema, execute, type GraphQLResolveInfo, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { asksFor } from './selection';

/** The resolve info of `page` in `query`, against a small schema of its own. */
function infoOf(query: string): GraphQLResolveInfo {
  const schema = buildSchema(`
    type Zone { code: String name: String }
    type Node { id: String zone: Zone cluster: Zone }
    type Edge { node: Node }
    type Page { edges: [Edge] }
    type Query { page: Page }
  `);
  let seen: GraphQLResolveInfo | undefined;
  execute({
    schema,
    document: parse(query),
    rootValue: {
      page: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
        seen = info;
        return {};
      },
    },
  });
  if (!seen) throw new Error('page was not resolved');
  return seen;
}

describe('asksFor', () => {
  it('finds a field along the path, by its name whatever its alias', () => {
    const info = infoOf('{ page { edges { node { id where: zone { name } } } } }');
    expect(asksFor(info, ['edges', 'node', 'zone'])).toBe(true);
    expect(asksFor(info, ['edges', 'node', 'cluster'])).toBe(false);
  });

  it('looks inside fragments and inline fragments', () => {
    const info = infoOf(`{ page { edges { ...E } } }
      fragment E on Edge { node { ... on Node { cluster { code } } } }`);
    expect(asksFor(info, ['edges', 'node', 'cluster'])).toBe(true);
    expect(asksFor(info, ['edges', 'node', 'zone'])).toBe(false);
  });
});

import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the request asks, under the field being resolved, for the fields along `path`
 * (`['edges', 'node', 'zone']`), through fragments and inline fragments alike; aliases do not
 * matter. A resolver that will be asked for related rows fetches them for the whole page at once.
 *
 * @example
 * asksFor(info, ['edges', 'node', 'zone']) // true for `projects { edges { node { zone { name } } } }`
 */
export function asksFor(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  return info.fieldNodes.some((node) => selectsPath(node.selectionSet, path, info));
}

function selectsPath(
  set: SelectionSetNode | undefined,
  path: readonly string[],
  info: GraphQLResolveInfo,
): boolean {
  const [name, ...rest] = path;
  if (!set || name === undefined) return name === undefined;
  return fieldsOf(set, info).some(
    (field) =>
      field.name.value === name && (rest.length === 0 || selectsPath(field.selectionSet, rest, info)),
  );
}

/** The fields a selection set names, with its fragments' fields spread in. */
function fieldsOf(set: SelectionSetNode, info: GraphQLResolveInfo, seen = new Set<string>()): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of set.selections) {
    if (selection.kind === 'Field') fields.push(selection);
    else if (selection.kind === 'InlineFragment')
      fields.push(...fieldsOf(selection.selectionSet, info, seen));
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = info.fragments[selection.name.value];
      if (fragment) fields.push(...fieldsOf(fragment.selectionSet, info, seen));
    }
  }
  return fields;
}

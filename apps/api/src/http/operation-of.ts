import { getOperationAST, Kind, type OperationDefinitionNode, parse } from 'graphql';

/**
 * What a GraphQL request asks for, read once before it runs: reads may be answered from the
 * cache; writes (and requests whose operation cannot be seen, such as a persisted-query hash
 * alone) run in a write transaction.
 */
export interface GraphqlOperation {
  readonly kind: 'query' | 'mutation' | 'subscription' | 'unknown' | 'invalid' | 'invalid-json';
  readonly name: string | undefined;
  /** The parsed JSON body, as Apollo takes it. */
  readonly params: unknown;
  /** The request's identity for the cache and for idempotency: the body as sent. */
  readonly text: string;
  /**
   * The operation's top-level fields (`login`, `__schema` …), or null when they cannot be told
   * without running it (a fragment spread at the top, or no readable operation).
   */
  readonly rootFields: readonly string[] | null;
}

function rootFieldsOf(operation: OperationDefinitionNode): string[] | null {
  const names: string[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return null;
    names.push(selection.name.value);
  }
  return names;
}

/** Reads the operation of a POST body or a GET query string; `maxTokens` bounds the parse. */
export function operationOf(body: string, search: string, maxTokens: number): GraphqlOperation {
  let params: unknown;
  try {
    params = body ? JSON.parse(body) : Object.fromEntries(new URLSearchParams(search));
  } catch {
    return { kind: 'invalid-json', name: undefined, params: undefined, text: body, rootFields: null };
  }
  const text = body || search;
  const request = params as { query?: unknown; operationName?: unknown } | null;
  if (typeof request !== 'object' || request === null || Array.isArray(request))
    return { kind: 'invalid', name: undefined, params, text, rootFields: null };
  if (typeof request.query !== 'string')
    return { kind: 'unknown', name: undefined, params, text, rootFields: null };
  const operationName = typeof request.operationName === 'string' ? request.operationName : undefined;
  try {
    const operation = getOperationAST(parse(request.query, { maxTokens }), operationName);
    if (!operation) return { kind: 'invalid', name: operationName, params, text, rootFields: null };
    const name = operation.name?.value ?? operationName;
    return { kind: operation.operation, name, params, text, rootFields: rootFieldsOf(operation) };
  } catch {
    // Apollo parses it again and answers the syntax error with its location.
    return { kind: 'invalid', name: operationName, params, text, rootFields: null };
  }
}

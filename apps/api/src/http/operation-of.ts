import { getOperationAST, parse } from 'graphql';

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
}

/** Reads the operation of a POST body or a GET query string; `maxTokens` bounds the parse. */
export function operationOf(body: string, search: string, maxTokens: number): GraphqlOperation {
  let params: unknown;
  try {
    params = body ? JSON.parse(body) : Object.fromEntries(new URLSearchParams(search));
  } catch {
    return { kind: 'invalid-json', name: undefined, params: undefined, text: body };
  }
  const text = body || search;
  const request = params as { query?: unknown; operationName?: unknown } | null;
  if (typeof request !== 'object' || request === null || Array.isArray(request))
    return { kind: 'invalid', name: undefined, params, text };
  if (typeof request.query !== 'string') return { kind: 'unknown', name: undefined, params, text };
  const operationName = typeof request.operationName === 'string' ? request.operationName : undefined;
  try {
    const operation = getOperationAST(parse(request.query, { maxTokens }), operationName);
    if (!operation) return { kind: 'invalid', name: operationName, params, text };
    return { kind: operation.operation, name: operation.name?.value ?? operationName, params, text };
  } catch {
    // Apollo parses it again and answers the syntax error with its location.
    return { kind: 'invalid', name: operationName, params, text };
  }
}

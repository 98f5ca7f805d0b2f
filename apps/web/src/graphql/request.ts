import type { TypedDocumentString } from './generated/graphql';

/** One error as the API words it: a message (Chinese / English) and its code and details. */
export interface ApiError {
  readonly message: string;
  readonly extensions?: { readonly code?: string; readonly [detail: string]: unknown };
}

/**
 * A request the API answered with errors (or not at all). Its message joins the API's messages, as
 * before; `errors` keeps each one with its code and details, for screens that place a refusal next
 * to the field it names.
 */
export class GraphqlRequestError extends Error {
  constructor(
    readonly errors: readonly ApiError[],
    readonly status: number,
  ) {
    super(errors.map((e) => e.message).join('; ') || `GraphQL request failed (${status})`);
    this.name = 'GraphqlRequestError';
  }

  /** The first error's `extensions.code`: `FORBIDDEN`, `BAD_USER_INPUT`, … */
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

/**
 * Sends a generated GraphQL operation to this origin's /graphql (passed through to the API) and
 * returns its data, typed by the operation itself. The session cookie goes with it (same origin);
 * the /graphql route passes it on.
 */
export async function request<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  ...[variables]: Variables extends Record<string, never> ? [] : [Variables]
): Promise<Result> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: Result; errors?: ApiError[] };
  if (!body.data || body.errors?.length) throw new GraphqlRequestError(body.errors ?? [], response.status);
  return body.data;
}

import type { TypedDocumentString } from './generated/graphql';

/**
 * Sends a generated GraphQL operation to this origin's /graphql (passed through to the API) and
 * returns its data, typed by the operation itself.
 */
export async function request<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  ...[variables]: Variables extends Record<string, never> ? [] : [Variables]
): Promise<Result> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
  });
  const body = (await response.json()) as { data?: Result; errors?: { message: string }[] };
  if (!body.data || body.errors?.length) {
    throw new Error(
      body.errors?.map((e) => e.message).join('; ') ?? `GraphQL request failed (${response.status})`,
    );
  }
  return body.data;
}

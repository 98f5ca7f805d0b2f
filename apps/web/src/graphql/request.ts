/** Sends a GraphQL operation to this origin's /graphql (passed through to the API) and returns its data. */
export async function request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors?.length) {
    throw new Error(
      body.errors?.map((e) => e.message).join('; ') ?? `GraphQL request failed (${response.status})`,
    );
  }
  return body.data;
}

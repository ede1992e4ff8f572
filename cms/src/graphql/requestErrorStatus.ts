type Handler = (request: Request) => Promise<Response>

/** Request errors are small; a large answer is data, whatever its errors. */
const MAX_REQUEST_ERROR_BYTES = 64 * 1024

function neverRan(text: string): boolean {
  if (!text.startsWith('{"errors"') || text.length > MAX_REQUEST_ERROR_BYTES) return false
  try {
    const body = JSON.parse(text) as Record<string, unknown>
    return Array.isArray(body.errors) && !('data' in body)
  } catch {
    return false
  }
}

/**
 * graphql-http answers a request that never ran (a syntax or validation error: `errors` and
 * no `data`) with 400 only to a client that accepts application/graphql-response+json; to the
 * older application/json (curl's and most clients' default) it says 200, as the GraphQL over
 * HTTP spec allows. A refused query should read as refused whatever the client accepts.
 */
export function withRequestErrorStatus(handler: Handler): Handler {
  return async (request) => {
    const response = await handler(request)
    if (response.status !== 200 || !response.headers.get('content-type')?.startsWith('application/json')) {
      return response
    }
    const text = await response.text()
    const status = neverRan(text) ? 400 : response.status
    return new Response(text, {
      status,
      statusText: status === 400 ? 'Bad Request' : 'OK',
      headers: response.headers,
    })
  }
}

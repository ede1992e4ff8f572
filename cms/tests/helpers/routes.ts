import { GRAPHQL_POST, REST_GET, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

/** The path after /api/, as Next hands it to the catch-all REST route. */
function slugOf(url: URL): string[] {
  return url.pathname.replace(/^\/api\//, '').split('/')
}

/**
 * The REST and GraphQL routes exactly as Next serves them, called with plain Requests. They
 * run on the Payload instance Next's handlers keep for `config`.
 */
export function routes(config: Promise<SanitizedConfig>) {
  return {
    get(pathAndQuery: string, init: RequestInit = {}): Promise<Response> {
      const url = new URL(`http://localhost/api/${pathAndQuery}`)
      return REST_GET(config)(new Request(url, init), { params: Promise.resolve({ slug: slugOf(url) }) })
    },
    post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
      const url = new URL(`http://localhost/api/${path}`)
      const request = new Request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      })
      return REST_POST(config)(request, { params: Promise.resolve({ slug: slugOf(url) }) })
    },
    graphql(query: string, headers: Record<string, string> = {}): Promise<Response> {
      return GRAPHQL_POST(config)(
        new Request('http://localhost/api/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query }),
        }),
      )
    },
  }
}

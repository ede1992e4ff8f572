import { Server } from 'node:http'

/** How often, once stopping, connections whose answers have all gone out are closed. */
export const SWEEP_MS = 100

/** The HTTP servers listening in this process (Next's, when it runs the CMS). */
export function listeningHttpServers(): Server[] {
  const handles = (process as unknown as { _getActiveHandles?: () => unknown[] })._getActiveHandles?.() ?? []
  return handles.filter((handle): handle is Server => handle instanceof Server && handle.listening)
}

/**
 * `next start` stops on SIGTERM by closing its server: no new connections, requests in flight
 * run to their end, then it exits. But a keep-alive connection (a load balancer's, a browser's,
 * a site build's) stays open after its last answer until it idles out (5 s), and holds the exit
 * that long, past the grace a process manager gives. Once SIGTERM has come, this closes every
 * connection as soon as its answer has gone out, and tells clients still sending on one to
 * go elsewhere (`Connection: close`). It only helps a process that already stops on SIGTERM:
 * where nothing listens for the signal, it adds no listener of its own.
 */
export function closeConnectionsOnTerm(servers: Server[] = listeningHttpServers()): void {
  if (servers.length === 0 || process.listenerCount('SIGTERM') === 0) return
  process.once('SIGTERM', () => {
    for (const server of servers) {
      server.prependListener('request', (_request, response) => response.setHeader('Connection', 'close'))
      server.closeIdleConnections()
      setInterval(() => server.closeIdleConnections(), SWEEP_MS).unref()
    }
  })
}

// An HTTP server that stops on SIGTERM as `next start` does (next/dist/server/lib/start-server.js:
// close the server, wait for it, exit 143), for the graceful shutdown test. GET /slow?ms=N
// answers after N ms. With `--drain` it adds closeConnectionsOnTerm, as the CMS does.
import { createServer } from 'node:http'

import { closeConnectionsOnTerm } from '../../src/config/gracefulShutdown'

const server = createServer((request, response) => {
  const ms = Number(new URL(request.url ?? '/', 'http://localhost').searchParams.get('ms') ?? 0)
  setTimeout(() => response.end('done'), ms)
})

server.listen(0, '127.0.0.1', () => {
  process.on('SIGTERM', () => server.close(() => process.exit(143)))
  if (process.argv.includes('--drain')) closeConnectionsOnTerm()
  const address = server.address()
  process.stdout.write(`@@ ${JSON.stringify({ port: typeof address === 'object' ? address?.port : 0 })}\n`)
})

import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
}

function fileFor(root: string, pathname: string): string | undefined {
  const target = path.join(root, decodeURIComponent(pathname))
  if (!target.startsWith(root)) return undefined
  const file = existsSync(target) && statSync(target).isDirectory() ? path.join(target, 'index.html') : target
  return existsSync(file) ? file : undefined
}

/**
 * A built site on a free loopback port, with no security headers at all: what its pages do
 * then is what their markup alone allows.
 */
export function serveFolder(root: string): Promise<{ origin: string; close: () => void }> {
  const server = createServer((request, response) => {
    const file = fileFor(root, new URL(request.url ?? '/', 'http://localhost').pathname)
    if (!file) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
    response.end(readFileSync(file))
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => server.close() })
    }),
  )
}

import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { headersFor, netlifyHeaderRules, NETLIFY_TOML } from './netlifyHeaders'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.atom': 'application/atom+xml',
  '.ics': 'text/calendar',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
}

export interface StaticSiteOptions {
  /** Send the headers netlify.toml gives each path (default), or none: what the markup alone allows. */
  headers?: 'netlify' | 'none'
  tomlFile?: string
  host?: string
  /** 0, the default: a free port. */
  port?: number
}

export interface ServedSite {
  origin: string
  close: () => Promise<void>
}

type Answer = { kind: 'file'; file: string } | { kind: 'redirect'; location: string } | { kind: 'missing' }

/** What a static host answers for a path: the file, a folder's index.html, or a slash added. */
function answerFor(root: string, pathname: string): Answer {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return { kind: 'missing' }
  }
  const target = path.join(root, decoded)
  if (target !== root && !target.startsWith(root + path.sep)) return { kind: 'missing' }
  if (!existsSync(target)) return { kind: 'missing' }
  if (!statSync(target).isDirectory()) return { kind: 'file', file: target }
  if (!pathname.endsWith('/')) return { kind: 'redirect', location: `${pathname}/` }
  const index = path.join(target, 'index.html')
  return existsSync(index) ? { kind: 'file', file: index } : { kind: 'missing' }
}

/**
 * Serves a built site as a static host does, files read on every request (a rebuild swapped
 * in underneath is served at once), with netlify.toml's headers matched as Netlify matches them.
 */
export function serveStaticSite(root: string, options: StaticSiteOptions = {}): Promise<ServedSite> {
  const folder = path.resolve(root)
  const rules = options.headers === 'none' ? [] : netlifyHeaderRules(options.tomlFile ?? NETLIFY_TOML)
  const server = createServer((request, response) => {
    const { pathname, search } = new URL(request.url ?? '/', 'http://localhost')
    const answer = answerFor(folder, pathname)
    const headers = headersFor(rules, pathname)
    if (answer.kind === 'redirect') {
      response.writeHead(301, { ...headers, location: `${answer.location}${search}` }).end()
      return
    }
    const file = answer.kind === 'file' ? answer.file : path.join(folder, '404.html')
    const status = answer.kind === 'file' ? 200 : 404
    const body = existsSync(file) ? readFileSync(file) : Buffer.from('Not found')
    response.writeHead(status, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      ...headers,
    })
    response.end(request.method === 'HEAD' ? undefined : body)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const { address, port } = server.address() as AddressInfo
      const host = address.includes(':') ? `[${address}]` : address
      resolve({
        origin: `http://${host}:${port}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done())
            // Browsers keep connections open; a server that is asked to stop stops now.
            server.closeAllConnections()
          }),
      })
    })
  })
}

// Serves a built site with the headers netlify.toml gives it, as Netlify would, so the
// site can be tried under its real Content-Security-Policy.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'

import { parse } from 'smol-toml'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.atom': 'application/atom+xml',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
}

/** The [[headers]] rules of a netlify.toml. */
export function netlifyHeaderRules(tomlFile) {
  const config = parse(readFileSync(tomlFile, 'utf8'))
  return (config.headers ?? []).map((rule) => ({ for: rule.for, values: rule.values ?? {} }))
}

/** Netlify's path patterns as used here: an exact path, or a prefix ending in `/*`. */
export function matches(pattern, pathname) {
  return pattern.endsWith('/*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern
}

function fileFor(root, pathname) {
  const target = path.join(root, decodeURIComponent(pathname))
  if (!target.startsWith(root)) return undefined
  if (existsSync(target) && statSync(target).isDirectory()) {
    const index = path.join(target, 'index.html')
    return existsSync(index) ? index : undefined
  }
  return existsSync(target) ? target : undefined
}

/** Starts the server on a free loopback port; resolves with its origin and a way to stop it. */
export function serveWithHeaders(root, tomlFile) {
  const rules = netlifyHeaderRules(tomlFile)
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost')
    const file = fileFor(root, pathname)
    const status = file ? 200 : 404
    const served = file ?? path.join(root, '404.html')
    const headers = { 'content-type': TYPES[path.extname(served)] ?? 'application/octet-stream' }
    for (const rule of rules) {
      if (!matches(rule.for, pathname)) continue
      for (const [name, value] of Object.entries(rule.values)) headers[name.toLowerCase()] = value
    }
    res.writeHead(status, headers)
    res.end(readFileSync(served))
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => server.close() })
    })
  })
}

// Serves a built site with the headers netlify.toml gives it, matched as Netlify matches them,
// so the site can be tried under its real Content-Security-Policy.
//   node scripts/serve-dist-with-headers.mjs [dist folder] [port]
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { parse } from 'smol-toml'

const ROOT = path.resolve(import.meta.dirname, '../..')

/** The built site the tests use: SITE_DIST when set, else site/dist. */
export const SITE_DIST = path.resolve(process.env.SITE_DIST || path.join(ROOT, 'site', 'dist'))
export const NETLIFY_TOML = path.join(ROOT, 'netlify.toml')

const TYPES = {
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

/**
 * A Netlify path pattern as a regular expression: `*` (a splat) matches the rest of the path,
 * `:name` (a placeholder) one segment; everything else matches itself.
 */
export function netlifyPattern(pattern) {
  const source = pattern
    .split(/(\*|:[A-Za-z_]\w*)/)
    .map((part) => {
      if (part === '*') return '.*'
      if (part.startsWith(':')) return '[^/]+'
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    })
    .join('')
  return new RegExp(`^${source}$`)
}

/** The [[headers]] rules of a netlify.toml, each with its path matcher. */
export function netlifyHeaderRules(tomlFile = NETLIFY_TOML) {
  const config = parse(readFileSync(tomlFile, 'utf8'))
  return (config.headers ?? []).map((rule) => ({
    for: rule.for,
    matches: netlifyPattern(rule.for),
    values: rule.values ?? {},
  }))
}

/** Every header of every rule whose path matches, in file order (a later rule's value wins). */
export function headersFor(rules, pathname) {
  const headers = {}
  for (const rule of rules) {
    if (!rule.matches.test(pathname)) continue
    for (const [name, value] of Object.entries(rule.values)) headers[name.toLowerCase()] = String(value)
  }
  return headers
}

function fileFor(root, pathname) {
  const target = path.join(root, decodeURIComponent(pathname))
  if (!target.startsWith(root)) return undefined
  const file = existsSync(target) && statSync(target).isDirectory() ? path.join(target, 'index.html') : target
  return existsSync(file) ? file : undefined
}

/** Starts the server on `port` (0: a free one) of the loopback; resolves with its origin and a way to stop it. */
export function serveDistWithHeaders(root = SITE_DIST, tomlFile = NETLIFY_TOML, port = 0) {
  const rules = netlifyHeaderRules(tomlFile)
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost')
    const file = fileFor(root, pathname)
    const served = file ?? path.join(root, '404.html')
    res.writeHead(file ? 200 : 404, {
      'content-type': TYPES[path.extname(served)] ?? 'application/octet-stream',
      ...headersFor(rules, pathname),
    })
    res.end(readFileSync(served))
  })
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address()
      resolve({ origin: `http://127.0.0.1:${address.port}`, close: () => server.close() })
    })
  })
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [dist, port] = process.argv.slice(2)
  const site = await serveDistWithHeaders(
    dist ? path.resolve(dist) : SITE_DIST,
    NETLIFY_TOML,
    Number(port ?? 0),
  )
  console.log(`Serving ${dist ?? SITE_DIST} with netlify.toml's headers at ${site.origin}`)
}

import { readFileSync } from 'node:fs'
import path from 'node:path'

import { parse } from 'smol-toml'

/** netlify.toml at the root of the checkout. */
export const NETLIFY_TOML = path.resolve(import.meta.dirname, '../../netlify.toml')

export interface HeaderRule {
  for: string
  matches: RegExp
  values: Record<string, string>
}

/**
 * A Netlify path pattern as a regular expression: `*` (a splat) matches the rest of the path,
 * `:name` (a placeholder) one segment; everything else matches itself.
 */
export function netlifyPattern(pattern: string): RegExp {
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

interface NetlifyToml {
  headers?: { for: string; values?: Record<string, unknown> }[]
}

/** The [[headers]] rules of a netlify.toml, each with its path matcher. */
export function netlifyHeaderRules(tomlFile: string = NETLIFY_TOML): HeaderRule[] {
  const config = parse(readFileSync(tomlFile, 'utf8')) as NetlifyToml
  return (config.headers ?? []).map((rule) => ({
    for: rule.for,
    matches: netlifyPattern(rule.for),
    values: Object.fromEntries(
      Object.entries(rule.values ?? {}).map(([name, value]) => [name, String(value)]),
    ),
  }))
}

/** Every header of every rule whose path matches, in file order (a later rule's value wins). */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const rule of rules) {
    if (!rule.matches.test(pathname)) continue
    for (const [name, value] of Object.entries(rule.values)) headers[name.toLowerCase()] = value
  }
  return headers
}

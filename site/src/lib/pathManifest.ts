import { routes } from '@programma/shared'

import { localeParams } from './paths'
import type { Programme } from './programme'
import { expertsWithSessions, partnersWithSessions } from './staticPaths'

/**
 * Every build publishes where each session, expert and partner lives (its page and its .ics in
 * each language) and where it lived before. The next build reads that back and sends each
 * former address to the current one, so a link, a bookmark or a calendar subscription made
 * before a slug changed keeps working. Entries are keyed by kind and id, which never change.
 */
export const PATH_MANIFEST = '/paths.json'
export const PATH_MANIFEST_VERSION = 1

/** A document's addresses by what they are: `page:<locale>`, `calendar:<locale>`. */
export type PathsByRole = Record<string, string>

export interface ManifestEntry {
  paths: PathsByRole
  /** Addresses it had in earlier releases, by role, oldest first. */
  former: Record<string, string[]>
}

export interface PathManifest {
  version: typeof PATH_MANIFEST_VERSION
  entries: Record<string, ManifestEntry>
}

export interface Redirect {
  from: string
  to: string
}

/** The addresses this build gives every session, expert and partner, keyed `session:<id>`, … */
export function currentPaths(data: Programme): Record<string, PathsByRole> {
  const locales = localeParams(data).map(({ code }) => code)
  const withCalendar = {
    experts: new Set(expertsWithSessions(data).map((expert) => String(expert.id))),
    partners: new Set(partnersWithSessions(data).map((partner) => String(partner.id))),
  }
  const entries: Record<string, PathsByRole> = {}
  for (const session of data.snapshot.sessions) {
    entries[`session:${String(session.id)}`] = Object.fromEntries(
      locales.flatMap((locale) => [
        [`page:${locale}`, routes.session(locale, session.slug)],
        [`calendar:${locale}`, routes.sessionCalendar(locale, session.slug)],
      ]),
    )
  }
  for (const expert of data.snapshot.experts) {
    const calendar = withCalendar.experts.has(String(expert.id))
    entries[`expert:${String(expert.id)}`] = Object.fromEntries(
      locales.flatMap((locale) => [
        [`page:${locale}`, routes.expert(locale, expert.slug)],
        ...(calendar ? [[`calendar:${locale}`, routes.expertCalendar(locale, expert.slug)]] : []),
      ]),
    )
  }
  for (const partner of data.snapshot.partners) {
    const calendar = withCalendar.partners.has(String(partner.id))
    entries[`partner:${String(partner.id)}`] = Object.fromEntries(
      locales.flatMap((locale) => [
        [`page:${locale}`, routes.partner(locale, partner.slug)],
        ...(calendar ? [[`calendar:${locale}`, routes.partnerCalendar(locale, partner.slug)]] : []),
      ]),
    )
  }
  return entries
}

/**
 * This release's manifest: the current addresses, and for each role every address the
 * previous release had or remembered that is not the current one. Documents no longer
 * published are dropped: their addresses answer 404, as they should.
 */
export function nextManifest(
  previous: PathManifest | null,
  current: Record<string, PathsByRole>,
): PathManifest {
  const entries: Record<string, ManifestEntry> = {}
  for (const [key, paths] of Object.entries(current)) {
    const before = previous?.entries[key]
    const former: Record<string, string[]> = {}
    for (const [role, path] of Object.entries(paths)) {
      const earlier = [...(before?.former[role] ?? []), ...(before?.paths[role] ? [before.paths[role]] : [])]
      const kept = [...new Set(earlier)].filter((old) => old !== path)
      if (kept.length > 0) former[role] = kept
    }
    entries[key] = { paths, former }
  }
  return { version: PATH_MANIFEST_VERSION, entries }
}

/**
 * Former address → current one, for every role. An address that is a current page of any
 * document stays that page, and one that two documents both had is ambiguous and left alone.
 */
export function redirectsOf(manifest: PathManifest): Redirect[] {
  const live = new Set(Object.values(manifest.entries).flatMap((entry) => Object.values(entry.paths)))
  const claims = new Map<string, Redirect[]>()
  for (const entry of Object.values(manifest.entries)) {
    for (const [role, olds] of Object.entries(entry.former)) {
      const to = entry.paths[role]
      if (!to) continue
      for (const from of olds) claims.set(from, [...(claims.get(from) ?? []), { from, to }])
    }
  }
  return [...claims.values()]
    .filter((claimed) => claimed.length === 1 && !live.has(claimed[0]!.from))
    .map((claimed) => claimed[0]!)
    .sort((a, b) => a.from.localeCompare(b.from))
}

/** Paths as routes make them from slugs: nothing a `_redirects` line could misread. */
const SAFE_PATH = /^\/[\w\-./]*$/

/** Netlify's `_redirects` lines, permanent. */
export function redirectsFile(redirects: Redirect[]): string {
  return redirects
    .filter(({ from, to }) => SAFE_PATH.test(from) && SAFE_PATH.test(to))
    .map(({ from, to }) => `${from} ${to} 301\n`)
    .join('')
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((item) => typeof item === 'string')
  )
}

function isEntry(value: unknown): value is ManifestEntry {
  if (typeof value !== 'object' || value === null) return false
  const { paths, former } = value as Partial<ManifestEntry>
  return (
    isStringRecord(paths) &&
    typeof former === 'object' &&
    former !== null &&
    Object.values(former).every((olds) => Array.isArray(olds) && olds.every((old) => typeof old === 'string'))
  )
}

/** A manifest read back from a cache or the live site, or null when it is not one. */
export function parsePathManifest(value: unknown): PathManifest | null {
  if (typeof value !== 'object' || value === null) return null
  const { version, entries } = value as Partial<PathManifest>
  if (version !== PATH_MANIFEST_VERSION || typeof entries !== 'object' || entries === null) return null
  return Object.values(entries).every(isEntry) ? (value as PathManifest) : null
}

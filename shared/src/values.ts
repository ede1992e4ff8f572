import { z } from 'zod'

import { LOCALES } from './locales'
import { routes } from './routes'

/**
 * The rules for values the snapshot carries, in one place: the snapshot schema validates
 * with them, and the CMS refuses at save time what they refuse, so that anything the CMS
 * accepts the site can build.
 */

/** A web link: http(s), written the way a browser reads it (no `https:/\host`, no bare words). */
export const webUrl = z.url({ protocol: /^https?$/ })

export function isWebUrl(value: string): boolean {
  return webUrl.safeParse(value).success
}

/** An IANA time zone this runtime knows (Europe/Berlin, Asia/Almaty, UTC …). */
export function isKnownTimeZone(zone: string): boolean {
  if (!zone || zone !== zone.trim()) return false
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

export const timeZone = z.string().refine(isKnownTimeZone, { message: 'unknown time zone' })

export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)

/** Folders of the built site that are not routes of their own: images, search, scripts. */
export const SITE_FOLDERS = ['media', 'pagefind', '_astro'] as const

const PROBE = 'edition-probe'

/** The first path segment of every site route that does not start with an edition's slug. */
function routeSections(): string[] {
  const sections = new Set<string>()
  for (const route of Object.values(routes) as ((...args: string[]) => string)[]) {
    const first = route('ru', PROBE, 'x', 'y').split('/')[1]?.split('.')[0]
    if (first && first !== PROBE) sections.add(first)
  }
  return [...sections]
}

/** Slugs an edition cannot take: its pages would collide with a section, a language or a folder. */
export const RESERVED_EDITION_SLUGS: ReadonlySet<string> = new Set([
  ...routeSections(),
  ...LOCALES,
  ...SITE_FOLDERS,
  '404',
])

export const editionSlug = slug.refine((value) => !RESERVED_EDITION_SLUGS.has(value), {
  message: 'reserved for a section of the site',
})

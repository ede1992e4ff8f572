import type { TimeZoneNames, Vocabularies } from '@programma/shared'
import type { CollectionSlug, Config, SanitizedConfig } from 'payload'

/**
 * The collections Programma brings: the programme. Each keeps its history, cleans its text,
 * and rebuilds the site when what it shows changes; with the host's media they are what the
 * snapshot is made of.
 */
export const PROGRAMMA_COLLECTIONS = [
  'sessions',
  'editions',
  'forums',
  'experts',
  'partners',
  'alleys',
] as const satisfies readonly CollectionSlug[]

export type ProgrammaCollection = (typeof PROGRAMMA_COLLECTIONS)[number]

/** The key under a collection's `admin.custom` that tells the admin's components which of Programma's it is. */
export const PROGRAMMA_NAME = 'programmaCollection'

/** The host's slugs for Programma's collections where it renames them (sessions → talks). */
export type CollectionSlugs = Partial<Record<ProgrammaCollection, string>>

/** Programma's role for one of the host's accounts, when the host keeps roles its own way. */
export type RoleOf = (user: Record<string, unknown>) => 'admin' | 'editor' | 'curator' | null | undefined

/** The host's own collections Programma works with, by slug, and how its accounts map to roles. */
export interface HostCollections {
  users: string
  media: string
  roleOf?: RoleOf
  /** The host's lists (topics, audiences …), as the plugin resolved them. */
  vocabularies?: Vocabularies
  /** The names its zones have on the site beside times, where the host gave them. */
  timeZoneNames?: TimeZoneNames
  /** Programma's collections the host renamed, by Programma's name. */
  slugs?: CollectionSlugs
}

const DEFAULT_HOST_COLLECTIONS: HostCollections = { users: 'users', media: 'media' }

/** The config's `custom` with the host's collections recorded, for the code that runs later. */
export function recordHostCollections(custom: Config['custom'], host: HostCollections): Config['custom'] {
  return { ...custom, programma: host }
}

export function hostCollectionsOf(config: Pick<Config, 'custom'>): HostCollections {
  const recorded = (config.custom as { programma?: HostCollections } | undefined)?.programma
  return recorded ?? DEFAULT_HOST_COLLECTIONS
}

/** The host's lists, as its `programma()` options gave them; the snapshot carries them to the site. */
export function vocabulariesOf(config: Pick<Config, 'custom'>): Vocabularies {
  const vocabularies = hostCollectionsOf(config).vocabularies
  if (!vocabularies) throw new Error('This Payload config has no programma() plugin: it has no vocabularies')
  return vocabularies
}

/** The names the host gave its zones for the site (`Berlin time`); none where ICU's are to be used. */
export function timeZoneNamesOf(config: Pick<Config, 'custom'>): TimeZoneNames {
  return hostCollectionsOf(config).timeZoneNames ?? []
}

/** The host's upload collection, typed as a collection the generated types know. */
export function mediaSlugOf(config: Pick<SanitizedConfig, 'custom'>): 'media' {
  return hostCollectionsOf(config).media as 'media'
}

/**
 * The slug one of Programma's collections has in this host (option `slugs`), typed as
 * Programma's own so that the generated types still describe its documents.
 */
export function slugOf<C extends ProgrammaCollection>(config: Pick<Config, 'custom'>, collection: C): C {
  return (hostCollectionsOf(config).slugs?.[collection] ?? collection) as C
}

/** Programma's name for a collection of this host, or undefined for the host's own. */
export function programmaNameOf(
  config: Pick<Config, 'custom'>,
  slug: string,
): ProgrammaCollection | undefined {
  return PROGRAMMA_COLLECTIONS.find((collection) => slugOf(config, collection) === slug)
}

/** Every collection the snapshot is made from, as far as this host has it: what its version follows. */
export function snapshotSources(config: Pick<SanitizedConfig, 'custom' | 'collections'>): CollectionSlug[] {
  const present = new Set(config.collections.map((collection) => collection.slug))
  return [
    ...PROGRAMMA_COLLECTIONS.map((collection) => slugOf(config, collection)),
    mediaSlugOf(config),
  ].filter((slug) => present.has(slug))
}

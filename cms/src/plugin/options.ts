import { isKnownTimeZone, isWebUrl, type TimeZoneNames, type Vocabularies } from '@programma/shared'
import type { Config, Payload } from 'payload'

import type { Env } from '../config/runtime'
import {
  type CollectionSlugs,
  PROGRAMMA_COLLECTIONS,
  type ProgrammaCollection,
  type RoleOf,
} from './registry'
import { hostLocaleCodes, textInLocales } from './hostLocales'
import { resolveVocabularies, type VocabulariesOption } from './vocabularies'

export interface TimeZoneOption {
  /** An IANA zone: Europe/Berlin, Asia/Almaty … */
  value: string
  /** How editors see it in the admin's zone picker. */
  label: string
  /**
   * How the site names it beside a time, before its offset: `{ de: 'MEZ', en: 'Berlin time' }`
   * gives "MEZ (UTC+1)". One text for every locale, or one per locale. Left out, the
   * runtime's own name for the zone in each language (CLDR), or the offset alone.
   */
  shortName?: string | Readonly<Record<string, string>>
}

/** Resolves when media can be stored; rejects with the reason (for the log) when not. */
export type MediaStorageCheck = (payload: Payload) => Promise<void>

/** A collection's name in the admin: one text, or one per admin language (`{ en: 'Talk', de: 'Vortrag' }`). */
export type CollectionLabel = string | Record<string, string>

export type CollectionLabels = Partial<
  Record<ProgrammaCollection, { singular: CollectionLabel; plural: CollectionLabel }>
>

/**
 * What rebuilds the public site when published content changes: a static host's build hook,
 * or a command run on the CMS's machine. Unset, the environment decides (SITE_BUILD_HOOK_URL,
 * SITE_LOCAL_BUILD with SITE_BUILD_COMMAND, SITE_BUILD_CWD, SITE_OUT_DIR).
 */
export type SiteBuildTarget = { hookUrl: string } | { command: string; cwd?: string; outDir?: string }

/** What a host tells Programma; every option has a default. */
export interface ProgrammaOptions {
  /** The host's auth collection, to which Programma adds its roles. Default `users`. */
  users?: string
  /** The host's upload collection for images, to which Programma adds its sizes. Default `media`. */
  media?: string
  /** The zones editors may choose for an edition's times; the first is the default. */
  timeZones?: TimeZoneOption[]
  /** The zone a new edition starts in; one of `timeZones`. Default: the first of them. */
  defaultTimeZone?: string
  /**
   * CSV import and export of sessions, experts and partners, with its admin page. Localised
   * columns are named per host locale (`title_en`, `title_de`), the default locale's first.
   * Default on.
   */
  imports?: boolean
  /** The virtual exhibition: alleys, and a stand for each partner. Default on. */
  exhibition?: boolean
  /** Names of Programma's collections in the admin where the host calls them otherwise (sessions → talks). */
  labels?: CollectionLabels
  /**
   * Slugs of Programma's collections where the host needs others (its own `sessions` already
   * exists, or its API says `talks`): `{ sessions: 'talks', experts: 'speakers' }`. They name the
   * collections in the REST and GraphQL APIs, the admin's URLs and the database's tables.
   */
  slugs?: CollectionSlugs
  /**
   * The role mapping: Programma's role (admin, editor, curator) for an account of the host's,
   * when the host keeps roles its own way. Given, Programma adds no role field to the users.
   */
  roleOf?: RoleOf
  /** The forum's own lists: topics, audiences, session languages, partner kinds and levels; see VocabulariesOption. */
  vocabularies?: VocabulariesOption
  /** What rebuilds the site on publish; see SiteBuildTarget. */
  siteBuild?: SiteBuildTarget
  /** The environment Programma reads its deployment settings from (default: the process's). */
  env?: Env
  /**
   * How /api/health tells that media can be stored: resolves when they can, rejects with the
   * reason when not. Default: a small file written to and removed from the media folder.
   */
  mediaStorageCheck?: MediaStorageCheck
}

export interface ResolvedOptions {
  users: string
  media: string
  timeZones: TimeZoneOption[]
  defaultTimeZone: string
  imports: boolean
  exhibition: boolean
  labels: CollectionLabels
  /** Every Programma collection's slug in this host, renamed or not. */
  slugs: Record<ProgrammaCollection, string>
  roleOf?: RoleOf
  vocabularies: Vocabularies
  timeZoneNames: TimeZoneNames
  env: Env
  mediaStorageCheck?: MediaStorageCheck
}

const KNOWN_OPTIONS = new Set<string>([
  'users',
  'media',
  'timeZones',
  'defaultTimeZone',
  'imports',
  'exhibition',
  'labels',
  'slugs',
  'roleOf',
  'vocabularies',
  'siteBuild',
  'env',
  'mediaStorageCheck',
])

const DEFAULT_TIME_ZONES: TimeZoneOption[] = [{ value: 'UTC', label: 'UTC' }]

export class ProgrammaOptionsError extends Error {
  override name = 'ProgrammaOptionsError'
  constructor(problem: string) {
    super(`programma(): ${problem}`)
  }
}

function collectionOf(config: Config, slug: string) {
  return (config.collections ?? []).find((collection) => collection.slug === slug)
}

function checkHostCollections(config: Config, users: string, media: string): void {
  const usersCollection = collectionOf(config, users)
  if (!usersCollection?.auth) {
    throw new ProgrammaOptionsError(
      `the host has no auth collection "${users}" (option users) to add its roles to`,
    )
  }
  if (!collectionOf(config, media)?.upload) {
    throw new ProgrammaOptionsError(`the host has no upload collection "${media}" (option media) for images`)
  }
}

function checkSlugsAreFree(config: Config, slugs: Record<ProgrammaCollection, string>): void {
  const clash = PROGRAMMA_COLLECTIONS.find((name) => collectionOf(config, slugs[name]))
  if (!clash) return
  const renamed = slugs[clash] !== clash ? ` (its ${clash}, option slugs)` : ''
  throw new ProgrammaOptionsError(
    `the host already has a collection "${slugs[clash]}", which Programma brings${renamed}; rename one of them with the option slugs`,
  )
}

function checkTimeZones(zones: TimeZoneOption[], defaultZone: string): void {
  if (zones.length === 0) throw new ProgrammaOptionsError('timeZones is empty: list at least one zone')
  const unknown = zones.find((zone) => !isKnownTimeZone(zone.value))
  if (unknown) throw new ProgrammaOptionsError(`unknown time zone "${unknown.value}" in timeZones`)
  if (!zones.some((zone) => zone.value === defaultZone)) {
    throw new ProgrammaOptionsError(`defaultTimeZone "${defaultZone}" is not one of timeZones`)
  }
}

function checkLocalization(config: Config): void {
  if (!config.localization || config.localization.locales.length === 0) {
    throw new ProgrammaOptionsError(
      'the host has no localization: Programma keeps content in the host’s locales',
    )
  }
}

/** The site-build target as the settings the site-build runner reads. */
function siteBuildSettings(target: SiteBuildTarget | undefined): Env {
  if (!target) return {}
  if ('hookUrl' in target && 'command' in target) {
    throw new ProgrammaOptionsError('siteBuild takes a hookUrl or a command, not both')
  }
  if ('hookUrl' in target) {
    if (!isWebUrl(target.hookUrl)) {
      throw new ProgrammaOptionsError(`siteBuild.hookUrl "${target.hookUrl}" is not an http(s) URL`)
    }
    return { SITE_BUILD_HOOK_URL: target.hookUrl, SITE_LOCAL_BUILD: '' }
  }
  if (!target.command?.trim()) throw new ProgrammaOptionsError('siteBuild.command is empty')
  return {
    SITE_LOCAL_BUILD: '1',
    SITE_BUILD_COMMAND: target.command,
    ...(target.cwd ? { SITE_BUILD_CWD: target.cwd } : {}),
    ...(target.outDir ? { SITE_OUT_DIR: target.outDir } : {}),
  }
}

function checkProgrammaNames(option: string, names: string[]): void {
  const unknown = names.filter((name) => !(PROGRAMMA_COLLECTIONS as readonly string[]).includes(name))
  if (unknown.length > 0) {
    throw new ProgrammaOptionsError(
      `${option} for ${unknown.map((name) => `"${name}"`).join(', ')}, which Programma does not bring; it brings ${PROGRAMMA_COLLECTIONS.join(', ')}`,
    )
  }
}

function checkLabels(labels: CollectionLabels): CollectionLabels {
  checkProgrammaNames('labels', Object.keys(labels))
  return labels
}

// What Payload can put in a URL and a table name alike.
const SLUG = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/

/** Every collection's slug: the host's where it renamed one, Programma's name otherwise. */
function resolveSlugs(option: CollectionSlugs): Record<ProgrammaCollection, string> {
  checkProgrammaNames('slugs', Object.keys(option))
  const slugs = Object.fromEntries(
    PROGRAMMA_COLLECTIONS.map((name) => [name, option[name] ?? name]),
  ) as Record<ProgrammaCollection, string>
  for (const name of PROGRAMMA_COLLECTIONS) {
    const slug = slugs[name]
    if (typeof slug !== 'string' || !SLUG.test(slug)) {
      throw new ProgrammaOptionsError(
        `slugs.${name} "${String(slug)}" is not a slug: lower-case letters and digits, words joined by - or _`,
      )
    }
    const twin = PROGRAMMA_COLLECTIONS.find((other) => other !== name && slugs[other] === slug)
    if (twin) throw new ProgrammaOptionsError(`slugs give ${name} and ${twin} the same slug "${slug}"`)
  }
  return slugs
}

/** The names the site gives the zones beside times, in the host's locales. */
function shortNamesOf(zones: TimeZoneOption[], config: Config): TimeZoneNames {
  const { codes } = hostLocaleCodes(config)
  return zones.flatMap(({ value, shortName }) => {
    if (shortName === undefined) return []
    try {
      return [{ timeZone: value, name: textInLocales(`timeZones "${value}" shortName`, shortName, codes) }]
    } catch (error) {
      throw new ProgrammaOptionsError(error instanceof Error ? error.message : String(error))
    }
  })
}

function checkedVocabularies(option: VocabulariesOption, config: Config): Vocabularies {
  try {
    return resolveVocabularies(option, config)
  } catch (error) {
    throw new ProgrammaOptionsError(error instanceof Error ? error.message : String(error))
  }
}

/** The options with their defaults, checked against each other and against the host's config. */
export function resolveOptions(options: ProgrammaOptions, config: Config): ResolvedOptions {
  const unknown = Object.keys(options).filter((key) => !KNOWN_OPTIONS.has(key))
  if (unknown.length > 0) {
    throw new ProgrammaOptionsError(
      `unknown option ${unknown.map((key) => `"${key}"`).join(', ')}; known: ${[...KNOWN_OPTIONS].join(', ')}`,
    )
  }
  const users = options.users ?? 'users'
  const media = options.media ?? 'media'
  const timeZones = options.timeZones ?? DEFAULT_TIME_ZONES
  const defaultTimeZone = options.defaultTimeZone ?? timeZones[0]?.value ?? 'UTC'
  checkHostCollections(config, users, media)
  const slugs = resolveSlugs(options.slugs ?? {})
  checkSlugsAreFree(config, slugs)
  checkTimeZones(timeZones, defaultTimeZone)
  checkLocalization(config)
  return {
    users,
    media,
    timeZones,
    defaultTimeZone,
    imports: options.imports ?? true,
    exhibition: options.exhibition ?? true,
    labels: checkLabels(options.labels ?? {}),
    slugs,
    roleOf: options.roleOf,
    vocabularies: checkedVocabularies(options.vocabularies ?? {}, config),
    timeZoneNames: shortNamesOf(timeZones, config),
    env: { ...(options.env ?? process.env), ...siteBuildSettings(options.siteBuild) },
    mediaStorageCheck: options.mediaStorageCheck,
  }
}

import type { CollectionConfig, Config, Endpoint } from 'payload'

import { withPlainTextParts } from '../auth/mail/plainText'
import { alleysCollection } from '../collections/alleys/config'
import { editionsCollection } from '../collections/editions/config'
import { Experts } from '../collections/experts/config'
import { Forums } from '../collections/forums/config'
import { partnersCollection } from '../collections/partners/config'
import { sessionsCollection } from '../collections/sessions/config'
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from '../collections/uploadChecks'
import { closeConnectionsOnTerm } from '../config/gracefulShutdown'
import { withHistory } from '../config/history'
import { withLocaleGuard } from '../config/locales'
import { withRequestLimits } from '../config/requestLimits'
import type { TimeZoneSettings } from '../config/timeZones'
import { conflictsEndpoint } from '../endpoints/conflicts'
import { healthEndpoint } from '../endpoints/health'
import { exportEndpoint, importEndpoint } from '../endpoints/imports'
import { snapshotEndpoint } from '../endpoints/snapshot'
import { withPublishableTextOnly } from '../fields/publishableText'
import { SiteIdentity } from '../globals/SiteIdentity'
import { withMediaSiteRebuilds, withSiteRebuilds } from '../hooks/siteRebuild'
import { graphQLValidationRules } from '../graphql/queryLimits'
import { configureSiteBuilds } from '../siteBuild/configure'
import { siteBuildEndpoints } from '../siteBuild/endpoints'
import { SiteBuild } from '../siteBuild/state'
import { withProgrammaImages } from './media'
import { ProgrammaOptionsError, type ProgrammaOptions, type ResolvedOptions, resolveOptions } from './options'
import { PROGRAMMA_NAME, type ProgrammaCollection, recordHostCollections } from './registry'
import { DEFAULT_MEDIA_SLUG, retargetRelations, type SlugMap } from './retarget'
import { withProgrammaMail, withProgrammaRoles } from './users'

export type { VocabulariesOption, VocabularyTerm } from './vocabularies'
export type {
  CollectionLabels,
  MediaStorageCheck,
  ProgrammaOptions,
  SiteBuildTarget,
  TimeZoneOption,
} from './options'
export { ProgrammaOptionsError } from './options'
export { withSerialWrites } from '../config/serialWrites'

function timeZoneSettings(options: ResolvedOptions): TimeZoneSettings {
  const supportedTimezones = options.timeZones.map(({ label, value }) => ({ label, value }))
  return { defaultTimezone: options.defaultTimeZone, supportedTimezones }
}

/** The collections Programma brings (see PROGRAMMA_COLLECTIONS), as this host configures them. */
function programmeCollections(options: ResolvedOptions): CollectionConfig[] {
  const zones = timeZoneSettings(options)
  const { vocabularies } = options
  return [
    sessionsCollection(zones, vocabularies),
    editionsCollection(zones),
    Forums,
    Experts,
    partnersCollection(options.exhibition, vocabularies),
    ...(options.exhibition ? [alleysCollection(vocabularies)] : []),
  ]
}

const guarded = (collection: CollectionConfig) => withRequestLimits(withLocaleGuard(collection))

/** The host's slug for each collection Programma's own fields name: its media, and its renames. */
function hostSlugs(options: ResolvedOptions): SlugMap {
  return { ...options.slugs, [DEFAULT_MEDIA_SLUG]: options.media }
}

/**
 * A programme collection as the host has it: its slug and name, its history, clean text,
 * site rebuilds, and relations to the host's media and to the others under their slugs.
 */
function asContent(options: ResolvedOptions) {
  return (collection: CollectionConfig): CollectionConfig => {
    const name = collection.slug as ProgrammaCollection
    const hosted = {
      ...collection,
      slug: options.slugs[name],
      labels: options.labels[name] ?? collection.labels,
      admin: { ...collection.admin, custom: { ...collection.admin?.custom, [PROGRAMMA_NAME]: name } },
      fields: retargetRelations(collection.fields, hostSlugs(options)),
    }
    return guarded(withPublishableTextOnly(withSiteRebuilds(withHistory(hosted))))
  }
}

function hostCollection(options: ResolvedOptions) {
  return (collection: CollectionConfig): CollectionConfig => {
    if (collection.slug === options.users) {
      const roles = withProgrammaRoles(collection, { roleField: !options.roleOf, slugs: hostSlugs(options) })
      return guarded(withProgrammaMail(roles))
    }
    if (collection.slug === options.media) {
      return guarded(withPublishableTextOnly(withMediaSiteRebuilds(withProgrammaImages(collection))))
    }
    return collection
  }
}

function adminOf(config: Config, options: ResolvedOptions): Config['admin'] {
  const components = config.admin?.components ?? {}
  return {
    ...config.admin,
    timezones: timeZoneSettings(options),
    components: {
      ...components,
      beforeDashboard: [
        ...(components.beforeDashboard ?? []),
        '/components/siteBuild/SiteBuildPanel#SiteBuildDashboard',
      ],
      afterNavLinks: [...(components.afterNavLinks ?? []), '/components/EditorNavLinks#EditorNavLinks'],
      views: {
        ...components.views,
        conflicts: { Component: '/components/conflicts/ConflictsView#ConflictsView', path: '/conflicts' },
        ...(options.imports
          ? { import: { Component: '/components/import/ImportView#ImportView', path: '/import' } }
          : {}),
      },
    },
  }
}

function endpointsOf(options: ResolvedOptions): Endpoint[] {
  return [
    snapshotEndpoint,
    healthEndpoint(options.mediaStorageCheck, options.media),
    conflictsEndpoint,
    ...(options.imports ? [importEndpoint, exportEndpoint] : []),
    ...siteBuildEndpoints(options.env),
  ]
}

/** Programma's endpoints beside the host's, none of them answering a request one of the host's answers. */
function withHostEndpoints(config: Config, own: Endpoint[]): Endpoint[] {
  const host = config.endpoints ?? []
  const key = (endpoint: Endpoint) => `${endpoint.method} ${endpoint.path}`
  const taken = new Set(host.map(key))
  const clash = own.find((endpoint) => taken.has(key(endpoint)))
  if (clash) {
    throw new ProgrammaOptionsError(
      `the host already has an endpoint ${clash.method.toUpperCase()} ${clash.path}, which Programma brings`,
    )
  }
  return [...host, ...own]
}

/**
 * Whether this server runs the job queue (scheduled publishing): PROGRAMMA_JOBS=on, the
 * default, for a single CMS; with several instances, all but one say `off`, or all do and
 * `payload jobs:run --cron '* * * * *' --queue default` runs beside them (docs/deploy/mongodb.md),
 * so that a due document is published in one place. Anything else stops the start.
 */
function runsJobsHere(env: ResolvedOptions['env']): boolean {
  const value = env.PROGRAMMA_JOBS?.trim() || 'on'
  if (value === 'on' || value === 'off') return value === 'on'
  throw new Error(
    `PROGRAMMA_JOBS "${value}" is not valid: "on" runs scheduled publishing in this server, ` +
      '"off" leaves it to the one place that runs it (see docs/deploy/mongodb.md).',
  )
}

/**
 * Programma as a Payload plugin: the programme's collections (editions with stages, forums,
 * sessions, experts, partners, alleys), the site's identity and build state, the snapshot,
 * conflicts, import/export and site-build endpoints, admin views and the dashboard panel,
 * scheduled publishing, and the roles and image sizes it needs on the host's own users and
 * media. Everything else of the host's stays as it was.
 *
 *   plugins: [programma({ timeZones: [{ value: 'Europe/Berlin', label: 'Berlin' }] })]
 */
export function programma(options: ProgrammaOptions = {}): (config: Config) => Config {
  return (config: Config): Config => {
    const resolved = resolveOptions(options, config)
    return {
      ...config,
      admin: adminOf(config, resolved),
      collections: [
        ...programmeCollections(resolved).map(asContent(resolved)),
        ...(config.collections ?? []).map(hostCollection(resolved)),
      ],
      globals: [
        ...(config.globals ?? []),
        SiteBuild,
        { ...SiteIdentity, fields: retargetRelations(SiteIdentity.fields, hostSlugs(resolved)) },
      ],
      custom: recordHostCollections(config.custom, {
        users: resolved.users,
        media: resolved.media,
        roleOf: resolved.roleOf,
        vocabularies: resolved.vocabularies,
        timeZoneNames: resolved.timeZoneNames,
        slugs: resolved.slugs,
      }),
      email: withPlainTextParts(config.email),
      endpoints: withHostEndpoints(config, endpointsOf(resolved)),
      upload: {
        limits: { fileSize: MAX_UPLOAD_BYTES + 1 },
        responseOnLimit: UPLOAD_TOO_LARGE,
        ...config.upload,
      },
      graphQL: {
        ...config.graphQL,
        validationRules: (args) => [
          ...(config.graphQL?.validationRules?.(args) ?? []),
          ...graphQLValidationRules(args),
        ],
      },
      // Publishes what editors scheduled, once a minute, where PROGRAMMA_JOBS says (runsJobsHere).
      jobs: {
        ...config.jobs,
        autoRun: [
          ...(Array.isArray(config.jobs?.autoRun) ? config.jobs.autoRun : []),
          { cron: '* * * * *', limit: 100, queue: 'default' },
        ],
        shouldAutoRun: () => runsJobsHere(resolved.env),
      },
      onInit: async (payload) => {
        // Under `next start`, which stops on SIGTERM: exit as soon as the requests in flight are answered.
        if (process.env.NEXT_RUNTIME === 'nodejs') closeConnectionsOnTerm()
        runsJobsHere(resolved.env)
        await config.onInit?.(payload)
        await configureSiteBuilds(payload, resolved.env)
      },
    }
  }
}

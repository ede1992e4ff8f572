import type { Env } from './config/runtime'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'
import { DEFAULT_LOCALE } from '@programma/shared'
import type { Config } from 'payload'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Alleys } from './collections/Alleys'
import { Editions } from './collections/Editions'
import { Experts } from './collections/Experts'
import { Forums } from './collections/Forums'
import { mediaCollection } from './collections/Media'
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from './collections/uploadChecks'
import { Partners } from './collections/Partners'
import { Sessions } from './collections/Sessions'
import { usersCollection } from './collections/Users'
import { refuseForeignBuild } from './config/buildStamp'
import { databaseAdapter } from './config/database'
import { withHistory } from './config/history'
import { withLocaleGuard } from './config/locales'
import { withRequestLimits } from './config/requestLimits'
import { withPublishableTextOnly } from './fields/publishableText'
import { allowedOrigins, CMS_ROOT, resolveSecret } from './config/runtime'
import { TIME_ZONES } from './config/timeZones'
import { refuseDemoAccountsInProduction } from './config/startupChecks'
import { conflictsEndpoint } from './endpoints/conflicts'
import { exportEndpoint, importEndpoint } from './endpoints/imports'
import { graphQLValidationRules } from './graphql/queryLimits'
import { snapshotEndpoint } from './endpoints/snapshot'
import { configureSiteBuilds } from './siteBuild/configure'
import { siteBuildEndpoints } from './siteBuild/endpoints'
import { SiteBuild } from './siteBuild/state'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** The whole CMS configuration, from an environment (the process's, or a test's). */
export function programmaConfig(env: Env = process.env): Config {
  const origins = allowedOrigins(env)
  return {
    serverURL: env.CMS_PUBLIC_URL || undefined,
    admin: {
      user: 'users',
      // The default avatar: Gravatar would be a third-party request from every admin page.
      avatar: 'default',
      importMap: { baseDir: dirname },
      meta: { titleSuffix: ' — Programma' },
      dateFormat: 'dd.MM.yyyy HH:mm',
      timezones: TIME_ZONES,
      components: {
        beforeDashboard: ['/components/siteBuild/SiteBuildPanel#SiteBuildDashboard'],
        afterNavLinks: ['/components/EditorNavLinks#EditorNavLinks'],
        views: {
          conflicts: { Component: '/components/conflicts/ConflictsView#ConflictsView', path: '/conflicts' },
          import: { Component: '/components/import/ImportView#ImportView', path: '/import' },
        },
      },
    },
    collections: [
      Sessions,
      Editions,
      Forums,
      Experts,
      Partners,
      Alleys,
      mediaCollection(env.MEDIA_DIR || undefined),
      usersCollection(env),
    ]
      .map(withHistory)
      .map(withPublishableTextOnly)
      .map(withLocaleGuard)
      .map(withRequestLimits),
    localization: {
      locales: [
        { code: 'ru', label: 'Русский' },
        { code: 'en', label: 'English', fallbackLocale: 'ru' },
      ],
      defaultLocale: DEFAULT_LOCALE,
      fallback: true,
    },
    i18n: { supportedLanguages: { ru, en }, fallbackLanguage: 'ru' },
    editor: lexicalEditor(),
    secret: resolveSecret(env),
    db: databaseAdapter(env.DATABASE_URI),
    sharp,
    upload: { limits: { fileSize: MAX_UPLOAD_BYTES + 1 }, responseOnLimit: UPLOAD_TOO_LARGE },
    cors: origins.length > 0 ? origins : undefined,
    csrf: origins,
    graphQL: { disablePlaygroundInProduction: true, validationRules: graphQLValidationRules },
    typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
    globals: [SiteBuild],
    onInit: async (payload) => {
      if (env.NEXT_PHASE !== 'phase-production-build') refuseForeignBuild(CMS_ROOT, env)
      await refuseDemoAccountsInProduction(payload, env)
      await configureSiteBuilds(payload, env)
    },
    // Publishes what editors scheduled (Moscow time in the admin), once a minute, in the server.
    jobs: {
      autoRun: [{ cron: '* * * * *', limit: 100, queue: 'default' }],
      shouldAutoRun: () => env.PROGRAMMA_JOBS !== 'off',
    },
    endpoints: [
      snapshotEndpoint,
      conflictsEndpoint,
      importEndpoint,
      exportEndpoint,
      ...siteBuildEndpoints(env),
    ],
    plugins: [],
    telemetry: false,
  }
}

export default buildConfig(programmaConfig())

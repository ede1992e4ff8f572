import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'
import type { Config } from 'payload'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { refuseForeignBuild } from './config/buildStamp'
import { databaseAdapter } from './config/database'
import { allowedOrigins, CMS_ROOT, type Env, resolveSecret } from './config/runtime'
import { refuseDemoAccountsInProduction } from './config/startupChecks'
import { emailAdapter } from './host/email'
import { mediaCollection } from './host/media'
import { mediaStorage } from './host/storage'
import { s3StorageCheck } from './host/storageCheck'
import { usersCollection } from './host/users'
import { salonVocabularies } from './host/vocabularies'
import { programma } from './plugin'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * The demo host: a Payload app of its own (its users, media, languages, database) with
 * Programma added as a plugin, configured from an environment (the process's, or a test's).
 */
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
    },
    collections: [mediaCollection(env.MEDIA_DIR || undefined), usersCollection(env)],
    localization: {
      locales: [
        { code: 'ru', label: 'Русский' },
        { code: 'en', label: 'English', fallbackLocale: 'ru' },
      ],
      defaultLocale: 'ru',
      fallback: true,
    },
    i18n: { supportedLanguages: { ru, en }, fallbackLanguage: 'ru' },
    editor: lexicalEditor(),
    secret: resolveSecret(env),
    db: databaseAdapter(env.DATABASE_URI),
    sharp,
    email: emailAdapter(env),
    cors: origins.length > 0 ? origins : undefined,
    csrf: origins,
    graphQL: { disablePlaygroundInProduction: true },
    typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
    onInit: async (payload) => {
      if (env.NEXT_PHASE !== 'phase-production-build') refuseForeignBuild(CMS_ROOT, env)
      await refuseDemoAccountsInProduction(payload, env)
    },
    plugins: [
      programma({
        timeZones: [
          { label: 'Москва, МСК (UTC+3)', value: 'Europe/Moscow', shortName: { ru: 'МСК', en: 'MSK' } },
          { label: 'Самара (UTC+4)', value: 'Europe/Samara', shortName: { ru: 'МСК+1', en: 'MSK+1' } },
        ],
        vocabularies: salonVocabularies,
        mediaStorageCheck: s3StorageCheck(env),
        env,
      }),
      // After Programma, so that the storage sees every image size it adds.
      mediaStorage(env),
    ],
    telemetry: false,
  }
}

export default buildConfig(programmaConfig())

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type CollectionConfig } from 'payload'
import sharp from 'sharp'

import { programma, withSerialWrites } from '../../src/plugin'

/**
 * A Payload project that is not Programma's: its own accounts and files, a collection of its
 * own, English only, with Programma added the way the README shows.
 */
const Accounts: CollectionConfig = {
  slug: 'accounts',
  auth: true,
  fields: [
    { name: 'displayName', type: 'text' },
    // The host's own way of saying who runs the programme.
    { name: 'team', type: 'select', options: ['programme', 'press'] },
  ],
}

const Files: CollectionConfig = {
  slug: 'files',
  upload: true,
  fields: [],
}

const Pages: CollectionConfig = {
  slug: 'pages',
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'body', type: 'textarea' },
  ],
}

/** The host calls Programma's sessions talks and its experts speakers (option slugs). */
export const TALKS = 'talks' as 'sessions'
export const SPEAKERS = 'speakers' as 'experts'

export function blankHostConfig(databaseUri: string, mediaDir: string, { serialWrites = true } = {}) {
  const sqlite = sqliteAdapter({ client: { url: databaseUri } })
  return buildConfig({
    secret: 'a-blank-host-secret-of-its-own-0123456789',
    // One writer at a time, each save and each import in a transaction of its own.
    db: serialWrites ? withSerialWrites(sqlite) : sqlite,
    editor: lexicalEditor(),
    sharp,
    admin: { user: 'accounts' },
    collections: [Accounts, { ...Files, upload: { staticDir: mediaDir } }, Pages],
    localization: { locales: ['en'], defaultLocale: 'en' },
    plugins: [
      programma({
        users: 'accounts',
        media: 'files',
        timeZones: [
          { value: 'Europe/Berlin', label: 'Berlin (CET/CEST)' },
          { value: 'Europe/London', label: 'London (GMT/BST)' },
        ],
        exhibition: false,
        slugs: { sessions: TALKS, experts: SPEAKERS },
        // Its own topics, kinds and levels; no audiences, and its one locale as the sessions' language.
        vocabularies: {
          topics: [
            { value: 'security', label: 'Security' },
            { value: 'open-data', label: 'Open data' },
          ],
          partnerKinds: [
            { value: 'company', label: 'Company' },
            { value: 'foundation', label: 'Foundation' },
          ],
          partnerLevels: [
            { value: 'gold', label: 'Gold sponsor' },
            { value: 'community', label: 'Community partner' },
          ],
        },
        roleOf: (account) => (account.team === 'programme' ? 'editor' : undefined),
        env: {},
      }),
    ],
    telemetry: false,
  })
}

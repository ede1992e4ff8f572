import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations'
import { indexLocalesByParent } from './localeIndexes'
import { mongoDatabaseAdapter } from './mongoAdapter'
import { uriReplicaSet } from './mongoReplicaSet'
import { CMS_ROOT, ensureLocalDataDir, LOCAL_DATA_DIR } from './runtime'
import { withSerialWrites } from './serialWrites'
import { assertSqliteFile, sqliteFilePath } from './sqliteFile'

export type DatabaseTarget = { kind: 'sqlite'; url: string } | { kind: 'mongodb'; url: string }

export const DEFAULT_SQLITE_URL = `file:${path.join(LOCAL_DATA_DIR, 'programma.db')}`

/**
 * DATABASE_URI picks the adapter: empty means the embedded SQLite file, `file:` a SQLite
 * file elsewhere, `mongodb://` or `mongodb+srv://` MongoDB. Anything else is refused, and so
 * is a `mongodb://` URI that names no replica set: Payload would run it without transactions.
 * (A `mongodb+srv://` URI may get its replica set from DNS; the CMS asks the server at start.)
 */
export function parseDatabaseUri(uri: string | undefined): DatabaseTarget {
  const value = uri?.trim()
  if (!value) return { kind: 'sqlite', url: DEFAULT_SQLITE_URL }
  if (value.startsWith('file:')) {
    if (value.length === 'file:'.length) throw invalidUri(value, 'the file path is missing')
    return { kind: 'sqlite', url: value }
  }
  if (/^mongodb(\+srv)?:\/\//.test(value)) {
    try {
      const parsed = new URL(value)
      if (!parsed.hostname) throw invalidUri(value, 'the host is missing')
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('DATABASE_URI')) throw error
      throw invalidUri(value, 'it is not a valid URL')
    }
    if (value.startsWith('mongodb://') && !uriReplicaSet(value)) {
      throw invalidUri(
        value,
        'it names no replica set, and Payload runs MongoDB without transactions then ' +
          '(a save that fails half-way would stay half-written). Add ?replicaSet=<name> ' +
          '(see docs/deploy/mongodb.md)',
      )
    }
    return { kind: 'mongodb', url: value }
  }
  throw invalidUri(value, 'expected "file:<path>" for SQLite or "mongodb://…" for MongoDB')
}

function invalidUri(value: string, reason: string): Error {
  return new Error(`DATABASE_URI "${redactCredentials(value)}" is not valid: ${reason}.`)
}

function redactCredentials(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//***@')
}

/** SQLite creates its file but not the folders above it. */
function ensureParentFolder(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true })
}

export function databaseAdapter(uri: string | undefined = process.env.DATABASE_URI): DatabaseAdapterObj {
  const target = parseDatabaseUri(uri)
  if (target.kind === 'mongodb') return mongoDatabaseAdapter(target.url)
  if (target.url === DEFAULT_SQLITE_URL) ensureLocalDataDir()
  const file = sqliteFilePath(target.url)
  if (file) {
    ensureParentFolder(file)
    assertSqliteFile(file)
  }
  return withSerialWrites(
    sqliteAdapter({
      client: { url: target.url },
      migrationDir: path.join(CMS_ROOT, 'src/migrations'),
      prodMigrations: migrations,
      beforeSchemaInit: [indexLocalesByParent],
    }),
  )
}

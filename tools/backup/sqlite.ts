import { copyFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'

import { type Client, createClient } from '@libsql/client'

/** How long a backup waits for a save in progress to commit before it reads. */
const WAIT_FOR_SAVE_MS = 10_000

async function withDatabase<T>(file: string, use: (client: Client) => Promise<T>): Promise<T> {
  const client = createClient({ url: pathToFileURL(file).href })
  try {
    await client.execute(`PRAGMA busy_timeout = ${WAIT_FOR_SAVE_MS}`)
    return await use(client)
  } finally {
    client.close()
  }
}

const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`

/**
 * A consistent copy of a database in use. In a rollback journal (the CMS's mode) nothing
 * writes the file while a reader holds its shared lock, so the file is copied as it is under
 * one read transaction: saves wait only the milliseconds of the copy. In WAL mode, where
 * readers never hold writers up, VACUUM INTO writes the copy from one read transaction.
 */
export function copyOnline(source: string, destination: string): Promise<void> {
  return withDatabase(source, async (client) => {
    const mode = String((await client.execute('PRAGMA journal_mode')).rows[0]?.[0] ?? '')
    if (mode.toLowerCase() === 'wal') {
      await client.execute(`VACUUM INTO ${quoted(destination)}`)
      return
    }
    const reading = await client.transaction('read')
    try {
      await reading.execute(`PRAGMA busy_timeout = ${WAIT_FOR_SAVE_MS}`)
      // The first read takes the shared lock (and rolls back a crashed writer's journal).
      await reading.execute('SELECT count(*) FROM sqlite_master')
      await copyFile(source, destination)
    } finally {
      reading.close()
    }
  })
}

/** SQLite's own check of every page and index; `ok` or what is wrong. */
export function integrityProblems(file: string): Promise<string[]> {
  return withDatabase(file, async (client) => {
    const { rows } = await client.execute('PRAGMA integrity_check')
    const found = rows.map((row) => String(row[0]))
    return found.length === 1 && found[0] === 'ok' ? [] : found
  })
}

/** Tables a CMS fills by starting, before anyone has entered anything. */
const STARTUP_TABLES = new Set(['payload_migrations', 'sqlite_sequence'])

/**
 * Whether any table holds a row that a CMS's start did not put there: a database with only
 * the schema (a CMS started once on it) is as safe to restore into as no database at all.
 */
export function holdsRows(file: string): Promise<boolean> {
  return withDatabase(file, async (client) => {
    const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    for (const table of tables.rows.map((row) => String(row[0]))) {
      if (STARTUP_TABLES.has(table) || table.startsWith('sqlite_')) continue
      const { rows } = await client.execute(`SELECT 1 FROM "${table.replaceAll('"', '""')}" LIMIT 1`)
      if (rows.length > 0) return true
    }
    return false
  })
}

/**
 * The stored file names of every upload collection (Payload's tables with `filename` and
 * `mime_type`): the original and each image size's file.
 */
export function uploadedFileNames(file: string): Promise<string[]> {
  return withDatabase(file, async (client) => {
    const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    const names = new Set<string>()
    for (const table of tables.rows.map((row) => String(row[0]))) {
      const columns = (await client.execute(`PRAGMA table_info(${quoted(table)})`)).rows.map((row) =>
        String(row.name),
      )
      if (!columns.includes('filename') || !columns.includes('mime_type')) continue
      const fileColumns = columns.filter(
        (column) => column === 'filename' || /^sizes_.+_filename$/.test(column),
      )
      for (const column of fileColumns) {
        const { rows } = await client.execute(
          `SELECT DISTINCT "${column.replaceAll('"', '""')}" FROM "${table.replaceAll('"', '""')}"`,
        )
        for (const row of rows) if (typeof row[0] === 'string' && row[0] !== '') names.add(row[0])
      }
    }
    return [...names].sort()
  })
}

import { execFile } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { createClient } from '@libsql/client'
import { describe, expect, it } from 'vitest'

import { startPayload, stopPayload, TEST_DATABASES } from './helpers/payload'

const run = promisify(execFile)
const CMS_ROOT = path.resolve(import.meta.dirname, '..')

async function schemaOf(url: string): Promise<string[]> {
  const client = createClient({ url })
  const tables = await client.execute(
    "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'payload_migrations%' order by name",
  )
  const columns: string[] = []
  for (const row of tables.rows) {
    const table = String(row.name)
    const info = await client.execute(`pragma table_info("${table}")`)
    for (const column of info.rows)
      columns.push(
        `${table}.${String(column.name)} ${String(column.type)} ${column.notnull ? 'not null' : 'null'}`,
      )
  }
  client.close()
  return columns.sort()
}

/**
 * Production builds the SQLite schema from the committed migrations, development and
 * tests from the config. The two must agree, or a fresh `npm start` would miss columns.
 */
describe('SQLite migrations', () => {
  it('build the same schema as the collections describe', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'programma-migrations-'))
    const migrated = `file:${path.join(dir, 'migrated.db')}`
    await run('npx', ['payload', 'migrate'], {
      cwd: CMS_ROOT,
      env: {
        ...process.env,
        DATABASE_URI: migrated,
        PAYLOAD_SECRET: 'migration-test-secret-0123456789abcdef',
        NODE_ENV: 'production',
      },
    })
    const [sqlite] = TEST_DATABASES
    const pushedUri = sqlite?.uri() ?? ''
    const payload = await startPayload({ name: 'sqlite', uri: () => pushedUri })
    const pushed = await schemaOf(pushedUri)
    await stopPayload(payload)
    expect(await schemaOf(migrated)).toEqual(pushed)
  }, 180_000)
})

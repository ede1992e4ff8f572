import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { buildConfig, getPayload, type Payload, type SanitizedConfig } from 'payload'

import { programmaConfig } from '../../src/payload.config'

export interface TestDatabase {
  name: 'sqlite' | 'mongodb'
  uri: () => string
}

function freshSqliteUri(): string {
  return `file:${path.join(mkdtempSync(path.join(tmpdir(), 'programma-test-')), 'test.db')}`
}

/** A MongoDB database of its own for each test file, on the server TEST_MONGODB_URI names. */
function freshMongoUri(base: string): string {
  const url = new URL(base)
  url.pathname = `/programma_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`
  return url.toString()
}

const mongoBase = process.env.TEST_MONGODB_URI

/** SQLite always; MongoDB too when TEST_MONGODB_URI is set. */
export const TEST_DATABASES: TestDatabase[] = [
  { name: 'sqlite', uri: freshSqliteUri },
  ...(mongoBase ? [{ name: 'mongodb' as const, uri: () => freshMongoUri(mongoBase) }] : []),
]

export async function startPayloadWithConfig(
  database: TestDatabase,
  env: Record<string, string> = {},
): Promise<{ payload: Payload; config: Promise<SanitizedConfig> }> {
  const uri = database.uri()
  const mediaDir = mkdtempSync(path.join(tmpdir(), 'programma-media-'))
  const config = buildConfig(
    programmaConfig({
      ...process.env,
      PAYLOAD_SECRET: 'integration-test-secret-0123456789abcdef',
      DATABASE_URI: uri,
      MEDIA_DIR: mediaDir,
      ...env,
      NODE_ENV: 'test',
    }),
  )
  return { payload: await getPayload({ config, key: uri }), config }
}

export async function startPayload(
  database: TestDatabase,
  env: Record<string, string> = {},
): Promise<Payload> {
  return (await startPayloadWithConfig(database, env)).payload
}

export async function stopPayload(payload: Payload | undefined): Promise<void> {
  if (!payload) return
  const connection = (payload.db as { connection?: { dropDatabase?: () => Promise<unknown> } }).connection
  await connection?.dropDatabase?.()
  await payload.destroy()
}

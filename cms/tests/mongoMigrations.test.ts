import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startWireServer, type WireServer } from './helpers/mongoWire'

const run = promisify(execFile)
const CMS = path.resolve(import.meta.dirname, '..')

/**
 * `npm run migrate:create` and `npm run migrate` on a MongoDB DATABASE_URI, as an operator
 * runs them, with the CMS's folders in a temporary root (PROGRAMMA_CMS_ROOT) and the
 * database a wire-protocol stand-in of a replica set.
 */
describe('MongoDB migrations from the command line', () => {
  let server: WireServer
  let root: string

  const payloadCommand = (...args: string[]) =>
    run('npx', ['payload', ...args], {
      cwd: CMS,
      env: {
        ...process.env,
        PROGRAMMA_CMS_ROOT: root,
        DATABASE_URI: server.uri('programma', 'replicaSet=rs0&serverSelectionTimeoutMS=3000'),
        PAYLOAD_SECRET: 'migration-test-secret-0123456789abcdef',
        NODE_ENV: 'production',
      },
    })

  beforeAll(async () => {
    server = await startWireServer({ setName: 'rs0' })
    root = mkdtempSync(path.join(tmpdir(), 'programma-mongo-migrations-'))
    mkdirSync(path.join(root, 'src'))
  })
  afterAll(() => server.close())

  it('creates a migration in MongoDB’s own folder, leaving SQLite’s alone', async () => {
    await payloadCommand('migrate:create', 'move_data')
    const folder = path.join(root, 'src/migrations-mongodb')
    const [created] = readdirSync(folder).filter((file) => file.endsWith('_move_data.ts'))
    expect(created).toBeDefined()
    expect(readFileSync(path.join(folder, created!), 'utf8')).toContain("from '@payloadcms/db-mongodb'")
    expect(readFileSync(path.join(folder, 'index.ts'), 'utf8')).toContain(created!.replace(/\.ts$/, ''))
    expect(existsSync(path.join(root, 'src/migrations'))).toBe(false)
  }, 180_000)

  it('runs the folder’s migrations in a transaction and records each', async () => {
    server.received.length = 0
    const { stdout, stderr } = await payloadCommand('migrate')
    expect(`${stdout}${stderr}`).toContain(path.join(root, 'src/migrations-mongodb'))
    const recorded = server.received.find((command) => command.insert === 'payload-migrations')
    expect(recorded).toMatchObject({
      autocommit: false,
      documents: [{ name: expect.stringMatching(/_move_data$/) }],
    })
    expect(server.commands()).toContain('commitTransaction')
  }, 180_000)
})

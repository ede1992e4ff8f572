import path from 'node:path'

import { type MongooseAdapter, mongooseAdapter } from '@payloadcms/db-mongodb'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations-mongodb'
import { uriReplicaSet } from './mongoReplicaSet'
import { mongoStartProblem } from './mongoStart'
import { CMS_ROOT, type Env } from './runtime'
import { storageFailure } from './storageErrors'

type AdapterArgs = Parameters<typeof mongooseAdapter>[0]

/** MongoDB's own migrations, apart from SQLite's (src/migrations). */
export const MONGODB_MIGRATION_DIR = path.join(CMS_ROOT, 'src/migrations-mongodb')

/**
 * Every save, import and migration runs in a transaction that reads and commits through a
 * majority of the replica set: what an editor was told is saved survives the primary's loss.
 * A commit that cannot reach a majority gives up after 15 s, and the editor is told so (503).
 */
export const MONGODB_TRANSACTION_OPTIONS = {
  readConcern: { level: 'majority' },
  writeConcern: { w: 'majority' },
  readPreference: 'primary',
  maxCommitTimeMS: 15_000,
} satisfies NonNullable<AdapterArgs['transactionOptions']>

/**
 * The client's defaults where DATABASE_URI does not set its own: writes outside a transaction
 * (the job queue, sign-in counters) confirmed by a majority too, and a save that finds no
 * primary answered in 10 s (the driver's default is 30 s) — an election takes about 12 s at most.
 */
export function mongoConnectOptions(uri: string): NonNullable<AdapterArgs['connectOptions']> {
  const has = (option: string) => new RegExp(`[?&]${option}=`, 'i').test(uri)
  return {
    ...(has('w') ? {} : { w: 'majority' as const }),
    ...(has('serverSelectionTimeoutMS') ? {} : { serverSelectionTimeoutMS: 10_000 }),
  }
}

/** The adapter methods that reach the database; their storage faults become editors' 503s. */
const OPERATIONS = [
  'commitTransaction',
  'count',
  'countGlobalVersions',
  'countVersions',
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'find',
  'findDistinct',
  'findGlobal',
  'findGlobalVersions',
  'findOne',
  'findVersions',
  'queryDrafts',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

function translateStorageFaults(adapter: MongooseAdapter): void {
  for (const method of OPERATIONS) {
    const call = adapter[method] as ((...args: unknown[]) => Promise<unknown>) | undefined
    if (typeof call !== 'function') continue
    ;(adapter as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
      try {
        return await call.apply(adapter, args)
      } catch (error) {
        throw storageFailure('write', error)
      }
    }
  }
}

/**
 * Checks the deployment as soon as the connection opens, before Payload builds indexes or
 * runs anything, and refuses with its own message (Payload would bury it in its own).
 */
function checkOnConnect(adapter: MongooseAdapter, env: Env): void {
  let refusal: Error | undefined
  adapter.afterOpenConnection = async (opened) => {
    const problem = await mongoStartProblem(opened, migrations, env)
    if (!problem) return
    refusal = new Error(problem)
    await opened.connection.close().catch(() => undefined)
    throw refusal
  }
  const connect = adapter.connect
  adapter.connect = async (options) => {
    try {
      await connect?.call(adapter, options)
    } catch (error) {
      await adapter.connection?.close(true).catch(() => undefined)
      throw refusal ?? unreachable(adapter, error)
    }
  }
}

/** A replica set the CMS could not connect to, in the terms of what to check. */
function unreachable(adapter: MongooseAdapter, error: unknown): Error {
  const said = error instanceof Error ? error.message : String(error)
  const detail = said.includes('Details: ') ? said.slice(said.lastIndexOf('Details: ') + 9) : said
  const name = typeof adapter.url === 'string' ? uriReplicaSet(adapter.url) : undefined
  return new Error(
    `DATABASE_URI: the CMS could not connect to the MongoDB replica set${name ? ` "${name}"` : ''} (${detail}). ` +
      'Check that its members run and are reachable from here, that the user and password are right, ' +
      'and that the set is initiated (rs.initiate()) under the name DATABASE_URI gives (see docs/deploy/mongodb.md).',
    { cause: error },
  )
}

/** The mongoose adapter as Programma runs it; `url` is a DATABASE_URI parseDatabaseUri accepted. */
export function mongoDatabaseAdapter(url: string, env: Env = process.env): DatabaseAdapterObj {
  const adapterObj = mongooseAdapter({
    url,
    migrationDir: MONGODB_MIGRATION_DIR,
    transactionOptions: MONGODB_TRANSACTION_OPTIONS,
    connectOptions: mongoConnectOptions(url),
  })
  const init = adapterObj.init.bind(adapterObj)
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = init(args) as unknown as MongooseAdapter
      checkOnConnect(adapter, env)
      translateStorageFaults(adapter)
      return adapter as unknown as ReturnType<typeof init>
    },
  }
}

import { AsyncLocalStorage } from 'node:async_hooks'

import type { BaseDatabaseAdapter, DatabaseAdapterObj, PayloadRequest } from 'payload'

import { deferredTransactions, type DeferredTransactions, type Sessions } from './deferredTransactions'
import { openTransaction, reopenConnection } from './sqliteTransaction'
import { storageFailure, storageFault } from './storageErrors'
import { createWriteTurn } from './writeTurn'

export { WAIT_FOR_WRITE_MS } from './writeTurn'

/** The adapter methods that write; outside a transaction each waits for the turn alone. */
const WRITE_METHODS = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

/** The adapter methods that only read: they never wait, unless they open a transaction's turn. */
const READ_METHODS = [
  'count',
  'countGlobalVersions',
  'countVersions',
  'find',
  'findDistinct',
  'findGlobal',
  'findGlobalVersions',
  'findOne',
  'findVersions',
  'queryDrafts',
] as const

/** The adapter methods that run migrations. */
const MIGRATION_METHODS = [
  'migrate',
  'migrateDown',
  'migrateFresh',
  'migrateRefresh',
  'migrateReset',
] as const

type SqliteAdapter = BaseDatabaseAdapter & {
  drizzle: { transaction: (run: (tx: unknown) => Promise<void>) => Promise<void> }
  sessions: Sessions
}

type AdapterArgs = { req?: Partial<PayloadRequest> } | undefined
type AdapterCall = (args: AdapterArgs) => Promise<unknown>

/**
 * SQLite allows one writer at a time, and Payload's SQLite adapter runs without transactions:
 * two saves of one document interleave their read-merge-write (a lost change, or a unique-key
 * error on the translations) and a write that fails half-way leaves half a document. This
 * runs every Payload write operation in a real transaction, one after another: an operation
 * reads the stored document only once the save before it has committed, and a failed one
 * rolls back whole. Writes outside an operation (the jobs queue) wait their turn as well.
 * Reads outside a transaction never wait, and no operation waits for a turn it holds itself
 * (see deferredTransactions).
 */
export function withSerialWrites(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  const init = adapterObj.init.bind(adapterObj)
  return {
    ...adapterObj,
    init: (args) => serialiseWrites(init(args) as SqliteAdapter),
  }
}

function serialiseWrites(adapter: SqliteAdapter): SqliteAdapter {
  const turn = createWriteTurn()
  const health = connectionHealth(adapter)
  const transactions = deferredTransactions(turn, adapter.sessions, {
    open: async () => {
      await health.freshConnection()
      return openTransaction(adapter)
    },
    failed: health.failed,
    committed: health.committed,
  })
  const migrating = markMigrations(adapter)

  adapter.beginTransaction = async () => {
    const id = transactions.begin()
    if (migrating.getStore()) await openAtOnce(transactions, id)
    return id
  }
  adapter.commitTransaction = async (id) => transactions.end(String(await id), true)
  adapter.rollbackTransaction = async (id) => transactions.end(String(await id), false)

  const ownTransaction = async (args: AdapterArgs): Promise<string | undefined> => {
    const id = await args?.req?.transactionID
    return id !== undefined && id !== null && transactions.knows(String(id)) ? String(id) : undefined
  }
  const replace = (method: string, kind: 'read' | 'write') => {
    const call = adapter[method as keyof SqliteAdapter] as AdapterCall | undefined
    if (typeof call !== 'function') return
    const run = async (args: AdapterArgs) => {
      try {
        return await call.call(adapter, args)
      } catch (error) {
        throw kind === 'write' ? health.failed(error) : error
      }
    }
    ;(adapter as unknown as Record<string, AdapterCall>)[method] = async (args) => {
      const transaction = await ownTransaction(args)
      if (transaction && (await transactions.reach(transaction))) return run(args)
      return kind === 'write' ? turn.runAlone(() => run(args), health.freshConnection) : run(args)
    }
  }
  for (const method of READ_METHODS) replace(method, 'read')
  for (const method of WRITE_METHODS) replace(method, 'write')
  return adapter
}

/** Storage faults as editors' errors, and a fresh connection after a read-only fault. */
function connectionHealth(adapter: SqliteAdapter) {
  // After a read-only fault, connections opened meanwhile stay read-only: the next write
  // starts from a fresh one, so saving works again as soon as the file is writable.
  let suspect = false
  return {
    failed: (error: unknown): unknown => {
      if (storageFault(error) === 'readOnly') suspect = true
      return storageFailure('write', error)
    },
    freshConnection: async () => {
      if (suspect) await reopenConnection(adapter)
    },
    committed: () => {
      suspect = false
    },
  }
}

/**
 * A migration runs its own SQL on its transaction's connection, which the adapter's methods
 * never see: a transaction begun within a migration must open (and take the turn) at once.
 */
function markMigrations(adapter: SqliteAdapter): AsyncLocalStorage<true> {
  const migrating = new AsyncLocalStorage<true>()
  for (const method of MIGRATION_METHODS) {
    const migrate = adapter[method] as ((...args: unknown[]) => Promise<unknown>) | undefined
    if (typeof migrate !== 'function') continue
    ;(adapter as unknown as Record<string, unknown>)[method] = (...args: unknown[]) =>
      migrating.run(true, () => migrate.apply(adapter, args))
  }
  return migrating
}

async function openAtOnce(transactions: DeferredTransactions, id: string): Promise<void> {
  try {
    if (!(await transactions.reach(id))) throw new Error('The transaction ended before it opened')
  } catch (error) {
    await transactions.end(id, false)
    throw error
  }
}

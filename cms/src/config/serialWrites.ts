import { AsyncLocalStorage } from 'node:async_hooks'
import { randomUUID } from 'node:crypto'

import { E_TIMEOUT, Mutex, withTimeout, type MutexInterface } from 'async-mutex'
import type { BaseDatabaseAdapter, DatabaseAdapterObj, PayloadRequest } from 'payload'

import { storageFailure, storageFault } from './storageErrors'

/** How long a save waits for the one before it before the editor is told to try again. */
export const WAIT_FOR_WRITE_MS = 30_000

/** The adapter methods that write outside an operation's transaction (jobs, migrations). */
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

interface DrizzleTransactional {
  drizzle: { transaction: (run: (tx: unknown) => Promise<void>) => Promise<void> }
  sessions: Record<string, { db: unknown; resolve: () => Promise<void>; reject: () => Promise<void> }>
}

type SqliteAdapter = BaseDatabaseAdapter & DrizzleTransactional

class RolledBack extends Error {}

/**
 * SQLite allows one writer at a time, and Payload's SQLite adapter runs without transactions:
 * two saves of one document interleave their read-merge-write (a lost change, or a unique-key
 * error on the translations) and a write that fails half-way leaves half a document. This
 * runs every Payload write operation in a real transaction, one after another: an operation
 * reads the stored document only once the save before it has committed, and a failed one
 * rolls back whole. Writes outside an operation (the jobs queue) wait their turn as well.
 */
export function withSerialWrites(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  const init = adapterObj.init.bind(adapterObj)
  return {
    ...adapterObj,
    init: (args) => serialiseWrites(init(args) as SqliteAdapter),
  }
}

function serialiseWrites(adapter: SqliteAdapter): SqliteAdapter {
  const turn = withTimeout(new Mutex(), WAIT_FOR_WRITE_MS, new Error('write queue timeout'))
  const releases = new Map<string, MutexInterface.Releaser>()
  // A write made by a write that holds the turn (upsert calls updateOne) goes straight on.
  const holdingTurn = new AsyncLocalStorage<true>()
  // After a read-only fault, connections opened meanwhile stay read-only: the next write
  // starts from a fresh one, so saving works again as soon as the file is writable.
  let connectionSuspect = false
  const failed = (error: unknown): unknown => {
    if (storageFault(error) === 'readOnly') connectionSuspect = true
    return storageFailure('write', error)
  }
  const finishes = new Map<string, (commit: boolean) => Promise<void>>()

  const waitForTurn = async (): Promise<MutexInterface.Releaser> => {
    try {
      return await turn.acquire()
    } catch (error) {
      throw error === E_TIMEOUT || (error as Error).message === 'write queue timeout'
        ? storageFailure('busy', error)
        : error
    }
  }

  const end = async (incoming: number | Promise<number | string | null> | string | null, commit: boolean) => {
    const id = String(await incoming)
    const finish = finishes.get(id)
    if (!finish) return
    finishes.delete(id)
    delete adapter.sessions[id]
    try {
      await finish(commit)
      if (commit) connectionSuspect = false
    } catch (error) {
      throw failed(error)
    } finally {
      releases.get(id)?.()
      releases.delete(id)
    }
  }

  adapter.beginTransaction = async () => {
    const release = await waitForTurn()
    try {
      if (connectionSuspect) await reopenConnection(adapter)
      const { tx, finish } = await openTransaction(adapter)
      const id = randomUUID()
      adapter.sessions[id] = {
        db: tx,
        resolve: () => end(id, true),
        reject: () => end(id, false),
      }
      finishes.set(id, finish)
      releases.set(id, release)
      return id
    } catch (error) {
      release()
      throw failed(error)
    }
  }
  adapter.commitTransaction = (id) => end(id, true)
  adapter.rollbackTransaction = (id) => end(id, false)

  for (const method of WRITE_METHODS) {
    const write = adapter[method] as (args: { req?: Partial<PayloadRequest> }) => Promise<unknown>
    if (typeof write !== 'function') continue
    ;(adapter as unknown as Record<string, unknown>)[method] = async (args: {
      req?: Partial<PayloadRequest>
    }) => {
      const written = async () => {
        try {
          return await write.call(adapter, args)
        } catch (error) {
          throw failed(error)
        }
      }
      const transactionID = await args?.req?.transactionID
      if (holdingTurn.getStore() || (transactionID && finishes.has(String(transactionID)))) return written()
      const release = await waitForTurn()
      try {
        if (connectionSuspect) await reopenConnection(adapter)
        return await holdingTurn.run(true, written)
      } finally {
        release()
      }
    }
  }
  return adapter
}

interface LibsqlClient {
  transaction: (mode: 'deferred') => Promise<{ close: () => void }>
}

/**
 * libsql hands its current connection to a transaction and opens a new one on next use;
 * closing that transaction closes the old connection.
 */
async function reopenConnection(adapter: SqliteAdapter): Promise<void> {
  const client = (adapter as unknown as { client?: LibsqlClient }).client
  const taken = await client?.transaction('deferred')
  taken?.close()
}

/**
 * Opens a drizzle transaction and keeps it open until `finish` is called; unlike Payload's
 * own, a COMMIT that fails (a full disk) is reported rather than swallowed.
 */
async function openTransaction(
  adapter: DrizzleTransactional,
): Promise<{ tx: unknown; finish: (commit: boolean) => Promise<void> }> {
  let settle: { commit: () => void; rollBack: () => void } | undefined
  const decided = new Promise<void>((resolve, reject) => {
    settle = { commit: resolve, rollBack: () => reject(new RolledBack()) }
  })
  let opened: ((tx: unknown) => void) | undefined
  const ready = new Promise<unknown>((resolve) => {
    opened = resolve
  })
  const done = adapter.drizzle.transaction(async (tx) => {
    opened?.(tx)
    await decided
  })
  // Until someone decides, `done` only settles if BEGIN itself failed.
  const tx = await Promise.race([
    ready,
    done.then(() => Promise.reject(new Error('The transaction closed before it opened'))),
  ])
  return {
    tx,
    finish: async (commit) => {
      if (commit) {
        settle?.commit()
        await done
        return
      }
      settle?.rollBack()
      await done.catch((error: unknown) => {
        if (!(error instanceof RolledBack)) throw error
      })
    },
  }
}

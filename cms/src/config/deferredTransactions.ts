import { randomUUID } from 'node:crypto'

import type { OpenTransaction } from './sqliteTransaction'
import type { WriteTurn } from './writeTurn'

export interface TransactionSession {
  db: unknown
  resolve: () => Promise<void>
  reject: () => Promise<void>
}

/** Payload's transaction sessions, where its drizzle adapter looks a transaction up. */
export type Sessions = Record<string, TransactionSession>

export interface DeferredTransactions {
  /** A transaction that holds nothing yet: neither the turn nor a database lock. */
  begin: () => string
  /** Whether `id` is a transaction of this database that has not ended. */
  knows: (id: string) => boolean
  /**
   * The first time a call reaches the database in this transaction, takes the turn and opens
   * it; false if the transaction has ended meanwhile.
   */
  reach: (id: string) => Promise<boolean>
  end: (id: string, commit: boolean) => Promise<void>
}

interface Pending {
  opening?: Promise<void>
  open?: OpenTransaction
  release?: () => void
}

interface Hooks {
  /** Opens the database transaction once the turn is held. */
  open: () => Promise<OpenTransaction>
  /** An error as the editor should see it (storage faults as bilingual 503s). */
  failed: (error: unknown) => unknown
  committed: () => void
}

/**
 * Transactions that take the write turn only when they first reach the database, and hold
 * it until they commit or roll back. Payload opens an operation's transaction before its
 * hooks run and may write outside it before using it (forgot-password reserves its request
 * interval that way, login counts a wrong password): such a write must not wait for a turn
 * its own operation holds, so an operation that has not touched the database holds nothing.
 * From its first read on it does hold the turn, so that its read-merge-write of a document
 * cannot interleave with another save's.
 */
export function deferredTransactions(
  turn: WriteTurn,
  sessions: Sessions,
  hooks: Hooks,
): DeferredTransactions {
  const pending = new Map<string, Pending>()

  const end = async (id: string, commit: boolean): Promise<void> => {
    const transaction = pending.get(id)
    if (!transaction) return
    pending.delete(id)
    await transaction.opening?.catch(() => undefined)
    delete sessions[id]
    if (!transaction.open) return
    try {
      await transaction.open.finish(commit)
      if (commit) hooks.committed()
    } catch (error) {
      throw hooks.failed(error)
    } finally {
      transaction.release?.()
    }
  }

  const open = async (id: string, transaction: Pending): Promise<void> => {
    const release = await turn.take()
    try {
      transaction.open = await hooks.open()
    } catch (error) {
      release()
      throw hooks.failed(error)
    }
    transaction.release = release
    sessions[id] = {
      db: transaction.open.tx,
      resolve: () => end(id, true),
      reject: () => end(id, false),
    }
  }

  return {
    begin: () => {
      const id = randomUUID()
      pending.set(id, {})
      return id
    },
    knows: (id) => pending.has(id),
    reach: async (id) => {
      const transaction = pending.get(id)
      if (!transaction) return false
      transaction.opening ??= open(id, transaction)
      await transaction.opening
      return pending.has(id)
    },
    end,
  }
}

import { beginTransaction } from '@payloadcms/drizzle'
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/**
 * Opens the database transaction every Local API call carrying `req` then joins. Payload's
 * SQLite adapter leaves transactions off by default (they lock the file for other writers),
 * so there the import opens one itself through the adapter's own drizzle transaction.
 */
export async function openTransaction(req: PayloadRequest): Promise<void> {
  if (req.transactionID) throw new Error('An import runs in a transaction of its own')
  if (await initTransaction(req)) return
  // initTransaction leaves a promise of `null` behind when the adapter declines.
  delete req.transactionID
  const db = req.payload.db as typeof req.payload.db & { drizzle?: unknown }
  const id = db.drizzle ? await beginTransaction.call(db as never) : null
  if (!id) throw new Error('This database cannot run an import in one transaction')
  req.transactionID = id
}

/** Commits, or rolls back; either way the request leaves the transaction. */
export async function closeTransaction(req: PayloadRequest, commit: boolean): Promise<void> {
  if (!req.transactionID) return
  if (commit) await commitTransaction(req)
  else await killTransaction(req)
}

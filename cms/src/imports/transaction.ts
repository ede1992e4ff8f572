import { beginTransaction } from '@payloadcms/drizzle'
import type { PayloadRequest } from 'payload'

/**
 * Runs `work` in one database transaction, committed only if it all succeeds. Payload
 * leaves transactions off for SQLite by default (they lock the file for other writers);
 * an import needs one, so it opens its own and every write that carries `req` joins it.
 */
export async function inOneTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const db = req.payload.db as typeof req.payload.db & { drizzle?: unknown }
  const id = (await db.beginTransaction()) ?? (db.drizzle ? await beginTransaction.call(db as never) : null)
  if (id === null) throw new Error('This database cannot run an import in one transaction')
  req.transactionID = id
  try {
    const result = await work()
    await db.commitTransaction(id)
    return result
  } catch (error) {
    await db.rollbackTransaction(id).catch(() => undefined)
    throw error
  } finally {
    delete req.transactionID
  }
}

import { APIError, commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/**
 * Opens the database transaction every Local API call carrying `req` then joins. On SQLite it
 * also takes the write turn (see config/serialWrites), so editors' saves wait for the import
 * rather than fail on a locked file.
 */
export async function openTransaction(req: PayloadRequest): Promise<void> {
  if (req.transactionID) throw new Error('An import runs in a transaction of its own')
  if (await initTransaction(req)) return
  // initTransaction leaves a promise of `null` behind when the adapter declines.
  delete req.transactionID
  throw new APIError(
    'Импорт идёт одной транзакцией, а база данных их не открывает — this database opens no transactions, and an ' +
      "import runs in one: wrap Payload's SQLite adapter in Programma's `withSerialWrites()`, or give MongoDB a replica set",
    501,
    null,
    true,
  )
}

/** Commits, or rolls back; either way the request leaves the transaction. */
export async function closeTransaction(req: PayloadRequest, commit: boolean): Promise<void> {
  if (!req.transactionID) return
  if (commit) await commitTransaction(req)
  else await killTransaction(req)
}

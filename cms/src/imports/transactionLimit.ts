import type { Payload } from 'payload'

/**
 * The most rows one import may create or update on MongoDB, where the import is one
 * transaction and the server aborts a transaction that stays open 60 s
 * (transactionLifetimeLimitSeconds). Against the wire-protocol stand-in of the tests, on a
 * loaded 2-core machine, a row of experts cost Payload about 30 ms of its own work and nine
 * round trips (four finds, two inserts — the document and its version — and the English
 * update with its version): 500 rows come to about 15 s plus 4,500 round trips, a third of
 * the limit at a millisecond each. tests/mongoReplicaSet.test.ts times it on a real set.
 * SQLite has no such limit: its import holds the write turn instead.
 */
export const MONGODB_IMPORT_MAX_CHANGES = 500

/** Why this many changed rows cannot be imported at once here, or undefined when they can. */
export function transactionLimitProblem(payload: Pick<Payload, 'db'>, changes: number): string | undefined {
  if (payload.db.name !== 'mongoose' || changes <= MONGODB_IMPORT_MAX_CHANGES) return undefined
  const limit = MONGODB_IMPORT_MAX_CHANGES
  return (
    `Файл меняет ${changes} строк, а одна транзакция MongoDB вмещает не больше ${limit}: ничего не импортировано. ` +
    `Разделите файл на части до ${limit} строк и импортируйте их по очереди; повторный импорт части ничего не меняет. — ` +
    `The file changes ${changes} rows and one MongoDB transaction holds at most ${limit}: nothing was imported. ` +
    `Split the file into parts of ${limit} rows or fewer and import them in turn; importing a part twice changes nothing.`
  )
}

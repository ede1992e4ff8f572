import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs'
import path from 'node:path'

/** Every SQLite database file begins with these 16 bytes. */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1')

export function sqliteFilePath(fileUrl: string): string | undefined {
  const file = fileUrl.slice('file:'.length).split('?')[0] ?? ''
  return file && file !== ':memory:' ? path.resolve(file) : undefined
}

/**
 * Refuses to start on a file that is there but is no SQLite database (overwritten, cut short,
 * damaged), naming the file and what to do, instead of a stack trace and a CMS that answers
 * 500 to everything. A missing or empty file is fine: SQLite makes a new database.
 */
export function assertSqliteFile(file: string): void {
  if (!existsSync(file) || statSync(file).size === 0) return
  const header = Buffer.alloc(SQLITE_HEADER.length)
  const descriptor = openSync(file, 'r')
  let read = 0
  try {
    read = readSync(descriptor, header, 0, header.length, 0)
  } finally {
    closeSync(descriptor)
  }
  if (read === header.length && header.equals(SQLITE_HEADER)) return
  throw new Error(
    `Файл базы данных ${file} повреждён или это не база SQLite: CMS не запущена, файл не тронут. ` +
      'Восстановите резервную копию или переименуйте файл, чтобы начать с пустой базы. — ' +
      `The database file ${file} is damaged or is not an SQLite database: the CMS did not start and left the file as it is. ` +
      'Restore a backup, or move the file away to start with an empty database (DATABASE_URI names another file).',
  )
}

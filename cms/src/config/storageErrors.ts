import { APIError } from 'payload'

import { mongoFault } from './mongoFaults'

export type StorageFault = 'readOnly' | 'full' | 'io' | 'busy' | 'unavailable' | 'tooLarge'

const MESSAGES: Record<StorageFault, string> = {
  readOnly:
    'Не сохранено: база данных доступна только для чтения. Сохранённое раньше не потеряно; сообщите администратору. — ' +
    'Not saved: the database is read-only. Nothing saved before is lost; tell the administrator.',
  full:
    'Не сохранено: на диске с базой данных нет места. Сохранённое раньше не потеряно; сообщите администратору. — ' +
    'Not saved: the disk holding the database is full. Nothing saved before is lost; tell the administrator.',
  io:
    'Не сохранено: ошибка записи в базу данных. Сохранённое раньше не потеряно; сообщите администратору. — ' +
    'Not saved: the database could not be written. Nothing saved before is lost; tell the administrator.',
  busy:
    'Не сохранено: база данных занята другим сохранением. Попробуйте ещё раз через минуту. — ' +
    'Not saved: the database is busy with another save. Try again in a minute.',
  unavailable:
    'База данных сейчас не отвечает (нет основного сервера или связи с ним); несохранённое не сохранено. Сохранённое раньше не потеряно; попробуйте ещё раз через минуту. — ' +
    'The database is not answering (no primary server, or no connection to it); nothing unsaved was kept. Nothing saved before is lost; try again in a minute.',
  tooLarge:
    'Не сохранено: изменение больше, чем база данных принимает в одной транзакции. Ничего не изменено; разделите файл на части поменьше. — ' +
    'Not saved: the change is larger than the database takes in one transaction. Nothing was changed; split the file into smaller parts.',
}

// SQLite's primary result codes (the low byte of an extended code such as 1544,
// SQLITE_READONLY_DIRECTORY, which libsql reports as UNKNOWN_SQLITE_ERROR_1544).
const PRIMARY_CODES: Record<number, StorageFault> = {
  3: 'readOnly',
  5: 'busy',
  6: 'busy',
  8: 'readOnly',
  10: 'io',
  13: 'full',
  14: 'readOnly',
}
const NAMED_CODES: Array<[RegExp, StorageFault]> = [
  [/^SQLITE_(READONLY|CANTOPEN|PERM)/, 'readOnly'],
  [/^SQLITE_FULL/, 'full'],
  [/^SQLITE_IOERR/, 'io'],
  [/^SQLITE_(BUSY|LOCKED)/, 'busy'],
]

function classifySqlite(error: { code?: unknown; rawCode?: unknown }): StorageFault | undefined {
  if (typeof error.rawCode === 'number') return PRIMARY_CODES[error.rawCode & 0xff]
  if (typeof error.code !== 'string') return undefined
  const unknown = /^UNKNOWN_SQLITE_ERROR_(\d+)$/.exec(error.code)
  if (unknown) return PRIMARY_CODES[Number(unknown[1]) & 0xff]
  return NAMED_CODES.find(([pattern]) => pattern.test(error.code as string))?.[1]
}

/** The storage fault an error of SQLite or MongoDB stands for, itself or anywhere in its causes. */
export function storageFault(error: unknown): StorageFault | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    if (typeof current !== 'object') return undefined
    const failure = classifySqlite(current) ?? mongoFault(current)
    if (failure) return failure
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}

/**
 * A storage fault as an error an editor can act on (503, in both languages, the cause kept
 * for the log); anything else unchanged. `busy` names a save that waited too long its turn.
 */
export function storageFailure(kind: 'write' | 'busy', error: unknown): unknown {
  if (error instanceof APIError) return error
  const failure = kind === 'busy' ? 'busy' : storageFault(error)
  if (!failure) return error
  const translated = new APIError(MESSAGES[failure], 503, undefined, true)
  translated.cause = error
  return translated
}

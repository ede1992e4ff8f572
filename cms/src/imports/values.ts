import { formatInZone, type LabelledTerm, zonedTimeToUtc } from '@programma/shared'

/** A cell that could not be read: the column and why. */
export class CellError extends Error {
  constructor(
    readonly column: string,
    message: string,
  ) {
    super(message)
  }
}

const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})$/
const RUSSIAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\s+(\d{1,2}):(\d{2})$/

function safely(make: () => Date): Date | undefined {
  try {
    return make()
  } catch {
    return undefined
  }
}

/** "2022-04-29 10:00" or "29.04.2022 10:00", on the clock of a zone (the edition's), to an instant. */
export function zonedInstant(column: string, value: string, timeZone: string): string {
  const iso = ISO_LOCAL.exec(value)
  const russian = RUSSIAN.exec(value)
  const parts = iso
    ? { year: iso[1], month: iso[2], day: iso[3], hour: iso[4], minute: iso[5] }
    : russian
      ? { year: russian[3], month: russian[2], day: russian[1], hour: russian[4], minute: russian[5] }
      : undefined
  const date = parts && `${parts.year}-${parts.month?.padStart(2, '0')}-${parts.day?.padStart(2, '0')}`
  const time = parts && `${parts.hour?.padStart(2, '0')}:${parts.minute}`
  const instant = date && time ? safely(() => zonedTimeToUtc(date, time, timeZone)) : undefined
  if (
    !instant ||
    Number.isNaN(instant.getTime()) ||
    formatInZone(instant, 'yyyy-MM-dd HH:mm', timeZone) !== `${date} ${time}`
  ) {
    throw new CellError(
      column,
      `«${value}» — нет такой даты и времени в поясе ${timeZone}; нужно «2022-04-29 10:00» или «29.04.2022 10:00» — no such date and time in ${timeZone}; use "2022-04-29 10:00" or "29.04.2022 10:00"`,
    )
  }
  return instant.toISOString()
}

/** An instant as the edition's wall clock, the way imports read it back. */
export function zonedText(instant: string | null | undefined, timeZone: string): string {
  return instant ? formatInZone(instant, 'yyyy-MM-dd HH:mm', timeZone) : ''
}

const YES = new Set(['', 'да', 'yes', '1', 'true', 'опубликовано', 'published'])
const NO = new Set(['нет', 'no', '0', 'false', 'черновик', 'draft'])

export function yesNo(column: string, value: string, empty = true): boolean {
  const normalised = value.trim().toLowerCase()
  if (normalised === '') return empty
  if (YES.has(normalised)) return true
  if (NO.has(normalised)) return false
  throw new CellError(column, `«${value}» — ожидается «да» или «нет» — expected "yes" or "no"`)
}

/** A vocabulary cell: its value (`round-table`) or its label in any language (`Круглый стол`). */
export function termValue(column: string, value: string, terms: readonly LabelledTerm[]): string {
  const wanted = value.trim().toLowerCase()
  const found = terms.find(
    (term) =>
      term.value === wanted || Object.values(term.label).some((label) => label?.toLowerCase() === wanted),
  )
  if (found) return found.value
  const allowed = terms.map((term) => term.value).join(', ')
  throw new CellError(
    column,
    `«${value}» — нет такого значения; допустимо: ${allowed} — unknown value; allowed: ${allowed}`,
  )
}

/** "a; b; c" to ["a", "b", "c"]. */
export function list(value: string): string[] {
  return value
    .split(/[;\n]/)
    .map((item) => item.trim())
    .filter(Boolean)
}

import { FORUM_TIME_ZONE, type Locale } from '@programma/shared'

const INTL_LOCALE: Record<Locale, string> = { ru: 'ru-RU', en: 'en-GB' }

const formatters = new Map<string, Intl.DateTimeFormat>()

/** One formatter per language, zone and style: making one costs far more than using it. */
function formatter(locale: Locale, options: Intl.DateTimeFormatOptions, timeZone = FORUM_TIME_ZONE) {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`
  let made = formatters.get(key)
  if (!made) {
    made = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone, ...options })
    formatters.set(key, made)
  }
  return made
}

/** "17:20" on the forum's clock. */
export function formatTime(instant: string, locale: Locale, timeZone = FORUM_TIME_ZONE): string {
  return formatter(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, timeZone).format(
    new Date(instant),
  )
}

/** "29 апреля 2020" / "29 April 2020". */
export function formatDate(instant: string, locale: Locale, timeZone = FORUM_TIME_ZONE): string {
  return formatter(locale, { day: 'numeric', month: 'long', year: 'numeric' }, timeZone)
    .format(new Date(instant))
    .replace(/\s*г\.$/, '')
}

/** "среда, 29 апреля" / "Wednesday 29 April". */
export function formatWeekday(instant: string, locale: Locale, timeZone = FORUM_TIME_ZONE): string {
  return formatter(locale, { weekday: 'long', day: 'numeric', month: 'long' }, timeZone).format(
    new Date(instant),
  )
}

/** A calendar day (YYYY-MM-DD) as an instant at noon UTC, safe to format in any nearby zone. */
export function dayInstant(day: string): string {
  return `${day}T12:00:00.000Z`
}

export function formatDayRange(first: string, last: string, locale: Locale): string {
  if (first === last) return formatDate(dayInstant(first), locale)
  return `${formatDate(dayInstant(first), locale)} — ${formatDate(dayInstant(last), locale)}`
}

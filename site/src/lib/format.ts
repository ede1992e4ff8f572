import { intlLocale, type Locale, textWithLanguage, type TimeZoneNames, zoneLabel } from '@programma/shared'

const formatters = new Map<string, Intl.DateTimeFormat>()

/** One formatter per language, zone and style: making one costs far more than using it. */
function formatter(locale: Locale, options: Intl.DateTimeFormatOptions, timeZone: string) {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`
  let made = formatters.get(key)
  if (!made) {
    made = new Intl.DateTimeFormat(intlLocale(locale), { timeZone, ...options })
    formatters.set(key, made)
  }
  return made
}

/** "16:20" on the clock of the zone given: the edition's. */
export function formatTime(instant: string, locale: Locale, timeZone: string): string {
  return formatter(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, timeZone).format(
    new Date(instant),
  )
}

/** "29 апреля 2020" / "29 April 2020", the day as it is in the zone given. */
export function formatDate(instant: string, locale: Locale, timeZone: string): string {
  return formatter(locale, { day: 'numeric', month: 'long', year: 'numeric' }, timeZone)
    .format(new Date(instant))
    .replace(/\s*г\.$/, '')
}

/** "среда, 29 апреля" / "Wednesday 29 April". */
export function formatWeekday(instant: string, locale: Locale, timeZone: string): string {
  return formatter(locale, { weekday: 'long', day: 'numeric', month: 'long' }, timeZone).format(
    new Date(instant),
  )
}

let zoneNames = new Map<string, TimeZoneNames[number]['name']>()

/**
 * Sets the names the host gave its zones, from the snapshot being built (like the site's
 * languages, one setting per build instead of an argument at every time on every page).
 */
export function useTimeZoneNames(names: TimeZoneNames): void {
  zoneNames = new Map(names.map(({ timeZone, name }) => [timeZone, name]))
}

/**
 * "CEST (UTC+2)" / "UTC+3": the zone of the times beside it, as the page's language names it at
 * that moment; "Berlin time (UTC+2)" where the host named the zone so.
 */
export function formatZone(timeZone: string, locale: Locale, at: string): string {
  const named = zoneNames.get(timeZone)
  const hostName = named ? textWithLanguage(named, locale)?.text : undefined
  return zoneLabel(timeZone, intlLocale(locale), at, hostName)
}

/** A calendar day (YYYY-MM-DD) as an instant at noon UTC: formatted in UTC it is that day. */
export function dayInstant(day: string): string {
  return `${day}T12:00:00.000Z`
}

/** A calendar day (YYYY-MM-DD) written out: "29 April 2020". Days have no zone: they are already the edition's. */
export function formatDay(day: string, locale: Locale): string {
  return formatDate(dayInstant(day), locale, 'UTC')
}

/** A calendar day (YYYY-MM-DD) with its weekday: "Wednesday 29 April". */
export function formatDayWithWeekday(day: string, locale: Locale): string {
  return formatWeekday(dayInstant(day), locale, 'UTC')
}

export function formatDayRange(first: string, last: string, locale: Locale): string {
  if (first === last) return formatDay(first, locale)
  return `${formatDay(first, locale)} — ${formatDay(last, locale)}`
}

/**
 * Names of time zones for readers, from the runtime's own tz and CLDR data (Intl): nothing
 * here knows any particular zone. Safe in the browser: it needs nothing but Intl.
 */

const formatters = new Map<string, Intl.DateTimeFormat>()

function zoneFormatter(locale: string, timeZone: string, timeZoneName: 'short' | 'shortOffset') {
  const key = `${locale}|${timeZone}|${timeZoneName}`
  let made = formatters.get(key)
  if (!made) {
    made = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName })
    formatters.set(key, made)
  }
  return made
}

function zoneName(locale: string, timeZone: string, style: 'short' | 'shortOffset', at: Date): string {
  return (
    zoneFormatter(locale, timeZone, style)
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value ?? ''
  )
}

/** The zone's offset from UTC at an instant: "UTC+2", "UTC+5:30", "UTC−3", "UTC". */
export function utcOffset(timeZone: string, at: Date | string = new Date()): string {
  const offset = zoneName('en', timeZone, 'shortOffset', new Date(at)).replace(/^GMT/, '')
  return offset === '' || /^[+-]0$/.test(offset) ? 'UTC' : `UTC${offset.replace('-', '−')}`
}

/** A name that only repeats the offset ("GMT+3", "UTC") says nothing the offset does not. */
const OFFSET_ONLY = /^(GMT|UTC)([+\-−]\d{1,2}(:\d{2})?)?$/

/**
 * The zone as a reader of a language sees it next to a time: its short name in that
 * language with the offset, "CEST (UTC+2)", or the offset alone where the language has no
 * name for it but "GMT+3": "UTC+3". A name the host gave (`Berlin time`) stands in for the runtime's.
 */
export function zoneLabel(
  timeZone: string,
  locale: string,
  at: Date | string = new Date(),
  hostName?: string,
): string {
  const instant = new Date(at)
  const offset = utcOffset(timeZone, instant)
  const short = hostName || zoneName(locale, timeZone, 'short', instant)
  return OFFSET_ONLY.test(short) || short === '' ? offset : `${short} (${offset})`
}

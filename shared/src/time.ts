import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

/**
 * The UTC instant of a wall-clock time in a zone: ("2020-04-29", "17:20") in Europe/Berlin
 * is 2020-04-29T15:20:00.000Z. Throws on a date or time that is not well formed, and on a
 * time the zone skips (the hour clocks jump over when summer time begins).
 */
export function zonedTimeToUtc(date: string, time: string, timeZone: string): Date {
  const dateParts = LOCAL_DATE.exec(date)
  const timeParts = LOCAL_TIME.exec(time)
  if (!dateParts) throw new RangeError(`Invalid date "${date}": expected YYYY-MM-DD`)
  if (!timeParts) throw new RangeError(`Invalid time "${time}": expected HH:mm`)
  const [year, month, day] = dateParts.slice(1).map(Number) as [number, number, number]
  const [hours, minutes] = timeParts.slice(1).map(Number) as [number, number]
  const zoned = new TZDate(year, month - 1, day, hours, minutes, 0, timeZone)
  if (zoned.getDate() !== day || zoned.getMonth() !== month - 1) {
    throw new RangeError(`Invalid date "${date}": no such day`)
  }
  if (zoned.getHours() !== hours || zoned.getMinutes() !== minutes) {
    throw new RangeError(`No such time "${date} ${time}" in ${timeZone}: the clocks skip it`)
  }
  return new Date(zoned.getTime())
}

/** Wall-clock rendering of an instant in a zone, with a date-fns pattern. */
export function formatInZone(instant: Date | string, pattern: string, timeZone: string): string {
  return format(new TZDate(new Date(instant).getTime(), timeZone), pattern)
}

/** The calendar day (YYYY-MM-DD) on which an instant falls in a zone. */
export function zonedDay(instant: Date | string, timeZone: string): string {
  return formatInZone(instant, 'yyyy-MM-dd', timeZone)
}

/** ISO 8601 with the zone's offset, as schema.org and the C3VOC formats want: 2020-04-29T16:20:00+02:00. */
export function zonedIso(instant: Date | string, timeZone: string): string {
  return formatInZone(instant, "yyyy-MM-dd'T'HH:mm:ssxxx", timeZone)
}

/** Whether two half-open intervals [start, end) share any moment. */
export function intervalsOverlap(
  a: { start: Date | string; end: Date | string },
  b: { start: Date | string; end: Date | string },
): boolean {
  return new Date(a.start) < new Date(b.end) && new Date(b.start) < new Date(a.end)
}

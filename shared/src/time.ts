import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'

/**
 * The zone the CMS gives a new edition until an editor picks one (the demo's). Nothing in
 * the snapshot's readers falls back to it: every time is shown in its edition's zone.
 */
export const FORUM_TIME_ZONE = 'Europe/Moscow'

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

/**
 * The UTC instant of a wall-clock time in a zone: ("2020-04-29", "17:20") in Europe/Berlin
 * is 2020-04-29T15:20:00.000Z. Throws on a date or time that is not well formed.
 */
export function zonedTimeToUtc(date: string, time: string, timeZone: string): Date
/** @deprecated Pass the edition's zone: without one this reads the CMS's default zone (FORUM_TIME_ZONE). */
export function zonedTimeToUtc(date: string, time: string): Date
export function zonedTimeToUtc(date: string, time: string, timeZone: string = FORUM_TIME_ZONE): Date {
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
  return new Date(zoned.getTime())
}

/** Wall-clock rendering of an instant in a zone, with a date-fns pattern. */
export function formatInZone(instant: Date | string, pattern: string, timeZone: string): string
/** @deprecated Pass the edition's zone: without one this shows the CMS's default zone (FORUM_TIME_ZONE). */
export function formatInZone(instant: Date | string, pattern: string): string
export function formatInZone(
  instant: Date | string,
  pattern: string,
  timeZone: string = FORUM_TIME_ZONE,
): string {
  return format(new TZDate(new Date(instant).getTime(), timeZone), pattern)
}

/** The calendar day (YYYY-MM-DD) on which an instant falls in a zone. */
export function zonedDay(instant: Date | string, timeZone: string): string
/** @deprecated Pass the edition's zone: without one this reads the CMS's default zone (FORUM_TIME_ZONE). */
export function zonedDay(instant: Date | string): string
export function zonedDay(instant: Date | string, timeZone: string = FORUM_TIME_ZONE): string {
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

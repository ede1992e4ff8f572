import { tzlib_get_ical_block } from 'timezones-ical-library'

/** The VTIMEZONE component of an IANA zone, from the tz database packaged for iCalendar. */
export function vtimezone(timeZone: string): string | null {
  const [block] = tzlib_get_ical_block(timeZone)
  return block ? block : null
}

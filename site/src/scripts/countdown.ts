const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/**
 * "через 3 дня", "in 5 hours", "in 95 minutes": the time left before a start. Whole days
 * from two days on, whole hours from two hours on, then minutes rounded up, so it never
 * says zero before the moment.
 */
export function countdownText(millisecondsLeft: number, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' })
  if (millisecondsLeft >= 2 * DAY) return format.format(Math.floor(millisecondsLeft / DAY), 'day')
  if (millisecondsLeft >= 2 * HOUR) return format.format(Math.floor(millisecondsLeft / HOUR), 'hour')
  return format.format(Math.max(1, Math.ceil(millisecondsLeft / MINUTE)), 'minute')
}

import { formatInZone, zonedDay, zonedTimeToUtc } from '@programma/shared/time'

const MINUTE_MS = 60_000

/** Seconds and milliseconds past the minute: no zone in use today is offset by less than a minute. */
function pastTheMinute(instant: Date): number {
  return ((instant.getTime() % MINUTE_MS) + MINUTE_MS) % MINUTE_MS
}

/**
 * The instant that reads on `to`'s clock as `instant` reads on `from`'s: 10:00 in Berlin
 * becomes 10:00 in London. Where `to`'s clock skips that reading (the hour lost when summer
 * time begins) the instant is returned as it was, for the server's checks to judge.
 */
export function keepWallClock(instant: string, from: string, to: string): string {
  if (from === to) return instant
  const moment = new Date(instant)
  if (Number.isNaN(moment.getTime())) return instant
  try {
    const minute = zonedTimeToUtc(zonedDay(moment, from), formatInZone(moment, 'HH:mm', from), to)
    return new Date(minute.getTime() + pastTheMinute(moment)).toISOString()
  } catch {
    return instant
  }
}

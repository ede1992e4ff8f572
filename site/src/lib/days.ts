import { type SnapshotSession, zonedDay } from '@programma/shared'

/** Sessions by calendar day on the given clock, days in the order they first occur. */
export function sessionsByDay(sessions: SnapshotSession[], timeZone: string): Map<string, SnapshotSession[]> {
  const byDay = new Map<string, SnapshotSession[]>()
  for (const session of sessions) {
    const day = zonedDay(session.start, timeZone)
    byDay.set(day, [...(byDay.get(day) ?? []), session])
  }
  return byDay
}

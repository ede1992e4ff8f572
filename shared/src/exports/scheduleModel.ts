import { labelIn, type Locale } from '../locales'
import type { SnapshotLookup } from '../snapshot/lookup'
import type { SnapshotEdition, SnapshotForum, SnapshotSession } from '../snapshot/schema'
import { textIn } from '../calendar/sessionText'
import { CALENDAR_LABELS } from '../calendar/labels'
import { zonedDay, zonedIso } from '../time'
import { identityAddress } from '../identityAddress'
import { stableUuid } from './stableUuid'

/** What every schedule export of one edition is built from. */
export interface ScheduleSource {
  edition: SnapshotEdition
  forums: SnapshotForum[]
  sessions: SnapshotSession[]
  lookup: SnapshotLookup
  /** The address the export's links point at. */
  site: URL
  /** The production address, for GUIDs and ids; `site` when absent. */
  identity?: URL | undefined
  /** The release: the snapshot's lastModified, so the same programme gives the same files. */
  version: string
  /** The snapshot's languages: schedule2 carries each, the default first; rooms are keyed by the default's names. */
  defaultLocale: Locale
  locales: readonly Locale[]
}

export interface ScheduleRoom {
  name: string
  guid: string
}

export interface ScheduleDay {
  index: number
  date: string
  start: string
  end: string
  rooms: Array<{ room: ScheduleRoom; sessions: SnapshotSession[] }>
}

export function minutesBetween(start: string, end: string): number {
  return Math.round((new Date(end).getTime() - new Date(start).getTime()) / 60_000)
}

/** "01:30" for ninety minutes. */
export function clockDuration(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

/** The hall, or "Online" for sessions that only stream. */
export function roomOf(session: SnapshotSession, source: ScheduleSource, locale: Locale): ScheduleRoom {
  const name = textIn(session.place.hall, locale) || labelIn(CALENDAR_LABELS.online, locale)
  const key = session.place.hall[source.defaultLocale] ?? 'online'
  return { name, guid: stableUuid(identityAddress(source), 'room', key) }
}

/** Two-letter language of a session ("ru-en", Russian with interpretation, is Russian). */
export function sessionLanguage(session: SnapshotSession): string {
  return session.language.slice(0, 2)
}

export function sessionsInOrder(sessions: SnapshotSession[]): SnapshotSession[] {
  return [...sessions].sort(
    (a, b) => a.start.localeCompare(b.start) || String(a.id).localeCompare(String(b.id)),
  )
}

/** Days of the edition that have sessions, each with its rooms in order of first use. */
export function scheduleDays(source: ScheduleSource, locale: Locale): ScheduleDay[] {
  const timeZone = source.edition.timeZone
  const byDay = new Map<string, SnapshotSession[]>()
  for (const session of sessionsInOrder(source.sessions)) {
    const day = zonedDay(session.start, timeZone)
    byDay.set(day, [...(byDay.get(day) ?? []), session])
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, sessions], index) => {
      const rooms = new Map<string, { room: ScheduleRoom; sessions: SnapshotSession[] }>()
      for (const session of sessions) {
        const room = roomOf(session, source, locale)
        const entry = rooms.get(room.guid) ?? { room, sessions: [] }
        entry.sessions.push(session)
        rooms.set(room.guid, entry)
      }
      const ends = sessions.map((session) => session.end).sort()
      return {
        index: index + 1,
        date,
        start: zonedIso(sessions[0]!.start, timeZone),
        end: zonedIso(ends[ends.length - 1]!, timeZone),
        rooms: [...rooms.values()],
      }
    })
}

export function allRooms(days: ScheduleDay[]): ScheduleRoom[] {
  const rooms = new Map(days.flatMap((day) => day.rooms.map(({ room }) => [room.guid, room] as const)))
  return [...rooms.values()]
}

const MIN_ACRONYM_LENGTH = 4

/**
 * C3VOC acronyms allow no hyphen before a year: "mmso-2020" becomes "mmso_2020". They are at
 * least four characters long, so a short slug takes its year: "ai" becomes "ai_2021".
 */
export function acronymOf(edition: SnapshotEdition): string {
  const acronym = edition.slug.replace(/-/g, '_')
  return acronym.length >= MIN_ACRONYM_LENGTH ? acronym : `${acronym}_${edition.year}`
}

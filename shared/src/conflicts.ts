import { formatInZone, zonedDay } from './time'
import { utcOffset } from './zones'

type Id = string | number

export interface ConflictSession {
  id: Id
  title: string
  start: string
  end: string
  status?: string | null
  hall?: string | null
  edition?: Id | null
  forum?: Id | null
  participants: Array<{ expert: Id; role: string }>
}

export interface ConflictEdition {
  id: Id
  startDate?: string | null
  endDate?: string | null
  timeZone?: string | null
  stages?: Array<{ name?: string | null; startDate?: string | null; endDate?: string | null }> | null
}

export const CONFLICT_KINDS = [
  'expert-double-booked',
  'place-double-booked',
  'outside-edition',
  'outside-stage',
  'no-moderator',
] as const
export type ConflictKind = (typeof CONFLICT_KINDS)[number]

export interface Conflict {
  kind: ConflictKind
  /** The sessions involved, earliest first. */
  sessions: Id[]
  expert?: Id
  hall?: string
  message: { ru: string; en: string }
}

export interface ConflictContext {
  editions: ConflictEdition[]
  /** Names to show for experts, by id; the id is shown otherwise. */
  expertNames?: Map<string, string>
}

/** A zone for sessions of an edition that names none: the one zone every reader can convert from. */
const NO_ZONE = 'UTC'

/** "29.04 17:20–18:50 UTC+3": on the clock of the session's edition, which the offset names. */
function when(session: ConflictSession, timeZone: string): string {
  const start = formatInZone(session.start, 'dd.MM HH:mm', timeZone)
  return `${start}–${formatInZone(session.end, 'HH:mm', timeZone)} ${utcOffset(timeZone, session.start)}`
}

/** The zone of a session's edition, in which editors plan it. */
function zoneOf(session: ConflictSession, editions: Map<string, ConflictEdition>): string {
  return editions.get(String(session.edition))?.timeZone || NO_ZONE
}

function editionsById(context: ConflictContext): Map<string, ConflictEdition> {
  return new Map(context.editions.map((edition) => [String(edition.id), edition]))
}

function byStart(a: ConflictSession, b: ConflictSession): number {
  return new Date(a.start).getTime() - new Date(b.start).getTime()
}

/**
 * Pairs of sessions that overlap in time within each group (an expert's sessions, a hall's):
 * one sweep over the group sorted by start, so a group of n costs n log n plus the pairs found.
 */
function overlappingPairs(group: ConflictSession[]): Array<[ConflictSession, ConflictSession]> {
  const pairs: Array<[ConflictSession, ConflictSession]> = []
  let open: ConflictSession[] = []
  for (const session of [...group].sort(byStart)) {
    const starts = new Date(session.start).getTime()
    open = open.filter((earlier) => new Date(earlier.end).getTime() > starts)
    for (const earlier of open) pairs.push([earlier, session])
    open.push(session)
  }
  return pairs
}

function groupBy(sessions: ConflictSession[], keys: (session: ConflictSession) => string[]) {
  const groups = new Map<string, ConflictSession[]>()
  for (const session of sessions) {
    for (const key of new Set(keys(session))) {
      const group = groups.get(key) ?? []
      group.push(session)
      groups.set(key, group)
    }
  }
  return groups
}

function normalisedHall(hall: string | null | undefined): string {
  return (hall ?? '').trim().replace(/\s+/g, ' ').toLocaleLowerCase('ru')
}

function doubleBookedExperts(sessions: ConflictSession[], context: ConflictContext): Conflict[] {
  const groups = groupBy(sessions, (session) => session.participants.map((p) => String(p.expert)))
  const editions = editionsById(context)
  return [...groups].flatMap(([expert, group]) =>
    overlappingPairs(group).map(([a, b]) => {
      const name = context.expertNames?.get(expert) ?? `#${expert}`
      const [whenA, whenB] = [when(a, zoneOf(a, editions)), when(b, zoneOf(b, editions))]
      return {
        kind: 'expert-double-booked' as const,
        sessions: [a.id, b.id],
        expert,
        message: {
          ru: `${name} участвует в двух сессиях одновременно: «${a.title}» (${whenA}) и «${b.title}» (${whenB})`,
          en: `${name} is in two sessions at once: “${a.title}” (${whenA}) and “${b.title}” (${whenB})`,
        },
      }
    }),
  )
}

function doubleBookedPlaces(sessions: ConflictSession[], context: ConflictContext): Conflict[] {
  const withHall = sessions.filter((session) => normalisedHall(session.hall) !== '')
  const groups = groupBy(withHall, (session) => [normalisedHall(session.hall)])
  const editions = editionsById(context)
  return [...groups.values()].flatMap((group) =>
    overlappingPairs(group).map(([a, b]) => {
      const [whenA, whenB] = [when(a, zoneOf(a, editions)), when(b, zoneOf(b, editions))]
      return {
        kind: 'place-double-booked' as const,
        sessions: [a.id, b.id],
        hall: a.hall?.trim() ?? '',
        message: {
          ru: `«${a.hall?.trim()}» занят дважды: «${a.title}» (${whenA}) и «${b.title}» (${whenB})`,
          en: `“${a.hall?.trim()}” is booked twice: “${a.title}” (${whenA}) and “${b.title}” (${whenB})`,
        },
      }
    }),
  )
}

function dayIn(day: string, from: string | null | undefined, to: string | null | undefined, zone: string) {
  return Boolean(from && to && zonedDay(from, zone) <= day && day <= zonedDay(to, zone))
}

function outsideTheirDates(sessions: ConflictSession[], context: ConflictContext): Conflict[] {
  const editions = editionsById(context)
  return sessions.flatMap((session): Conflict[] => {
    const edition = editions.get(String(session.edition))
    if (!edition?.startDate || !edition.endDate) return []
    const zone = zoneOf(session, editions)
    const first = zonedDay(session.start, zone)
    const last = zonedDay(session.end, zone)
    const range = `${zonedDay(edition.startDate, zone)} — ${zonedDay(edition.endDate, zone)}`
    if (
      !dayIn(first, edition.startDate, edition.endDate, zone) ||
      !dayIn(last, edition.startDate, edition.endDate, zone)
    ) {
      return [
        {
          kind: 'outside-edition',
          sessions: [session.id],
          message: {
            ru: `«${session.title}» (${when(session, zone)}) выходит за даты выпуска (${range})`,
            en: `“${session.title}” (${when(session, zone)}) falls outside its edition's dates (${range})`,
          },
        },
      ]
    }
    const stages = edition.stages ?? []
    if (stages.length === 0 || stages.some((stage) => dayIn(first, stage.startDate, stage.endDate, zone)))
      return []
    return [
      {
        kind: 'outside-stage',
        sessions: [session.id],
        message: {
          ru: `«${session.title}» (${when(session, zone)}) не попадает ни в один этап выпуска`,
          en: `“${session.title}” (${when(session, zone)}) falls in none of its edition's stages`,
        },
      },
    ]
  })
}

function withoutModerator(sessions: ConflictSession[], context: ConflictContext): Conflict[] {
  const editions = editionsById(context)
  return sessions
    .filter((session) => !session.participants.some((participant) => participant.role === 'moderator'))
    .map((session) => {
      const shown = when(session, zoneOf(session, editions))
      return {
        kind: 'no-moderator' as const,
        sessions: [session.id],
        message: {
          ru: `У сессии «${session.title}» (${shown}) нет модератора`,
          en: `“${session.title}” (${shown}) has no moderator`,
        },
      }
    })
}

/**
 * What editors should look at before publishing: people and places booked twice, sessions
 * outside their edition's or stage's dates, sessions without a moderator. Cancelled
 * sessions conflict with nothing. Warnings only: nothing here stops a save.
 */
export function findConflicts(sessions: ConflictSession[], context: ConflictContext): Conflict[] {
  const active = sessions.filter((session) => session.status !== 'cancelled' && session.start && session.end)
  return [
    ...doubleBookedExperts(active, context),
    ...doubleBookedPlaces(active, context),
    ...outsideTheirDates(active, context),
    ...withoutModerator(active, context),
  ]
}

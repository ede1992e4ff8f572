import { nameIn, sessionSummary, textIn } from '../calendar/sessionText'
import { CALENDAR_LABELS } from '../calendar/labels'
import { labelIn, type Locale, type TextByLocale } from '../locales'
import { routes } from '../routes'
import type { SnapshotSession } from '../snapshot/schema'
import type { ParticipantRole, SessionFormat, SessionStatus } from '../vocabulary'
import { zonedIso } from '../time'
import { identityAddress } from '../identityAddress'
import { GENERATOR } from './generator'
import {
  acronymOf,
  allRooms,
  type ScheduleSource,
  scheduleDays,
  sessionLanguage,
  sessionsInOrder,
} from './scheduleModel'
import { materialLinks, participantsOf, sessionUrl, videoLinks } from './sessionFacts'
import { stableUuid } from './stableUuid'

const EVENT_TYPES: Record<SessionFormat, string> = {
  plenary: 'TALK',
  'round-table': 'DISCUSSION',
  panel: 'DISCUSSION',
  conference: 'TALK',
  workshop: 'WORKSHOP',
  stream: 'TALK',
  presentation: 'TALK',
  'strategy-session': 'MEETING',
  lecture: 'TALK',
  webinar: 'TALK',
}

const PARTICIPANT_ROLES: Record<ParticipantRole, string> = {
  moderator: 'MODERATOR',
  speaker: 'SPEAKER',
  host: 'HOST',
  expert: 'CONTRIBUTOR',
  'chat-moderator': 'MODERATOR',
  guest: 'GUEST',
}

const STATES: Record<SessionStatus, string> = {
  scheduled: 'CONFIRMED',
  moved: 'DELAYED',
  cancelled: 'CANCELED',
}

/** Every language of the site that has the text; null when there is no text at all. */
function localized(value: TextByLocale, locales: readonly Locale[]): Record<string, string> | null {
  const entries = locales.flatMap((locale) => {
    const text = value[locale]
    return text ? [[locale, text] as const] : []
  })
  return entries.length > 0 ? Object.fromEntries(entries) : null
}

/** The title in the site's next language that has one: schedule2's only place for a translation of it. */
function translatedTitle(session: SnapshotSession, source: ScheduleSource): string | null {
  const other = source.locales.find((locale) => locale !== source.defaultLocale && session.title[locale])
  return other ? (session.title[other] ?? null) : null
}

const GENERAL_TRACK = 'general'

function event(session: SnapshotSession, source: ScheduleSource) {
  const locale = source.defaultLocale
  const timeZone = source.edition.timeZone
  const hallKey = session.place.hall[locale] ?? 'online'
  const forum = source.lookup.forum(session.forum)
  return {
    guid: stableUuid(identityAddress(source), 'session', session.id),
    start: zonedIso(session.start, timeZone),
    end: zonedIso(session.end, timeZone),
    room: {
      guid: stableUuid(identityAddress(source), 'room', hallKey),
      name: textIn(session.place.hall, locale) || labelIn(CALENDAR_LABELS.online, locale),
    },
    slug: session.slug,
    url: sessionUrl(session, source, locale),
    title: sessionSummary(session, locale),
    // schedule2 has no localised title: the translation goes into the subtitle.
    subtitle: translatedTitle(session, source),
    track: { slug: forum?.slug ?? GENERAL_TRACK },
    type: EVENT_TYPES[session.format],
    language: sessionLanguage(session),
    abstract: localized(session.lead, source.locales),
    description: localized(session.description.text, source.locales),
    participants: participantsOf(session, source).map(({ expert, role, guid }) => ({
      name: nameIn(expert.name, locale),
      role: PARTICIPANT_ROLES[role],
      guid,
    })),
    links: [...videoLinks(session, locale).map((link) => ({ type: 'MEDIA', ...link }))],
    attachments: materialLinks(session, locale).map((link) => ({ type: 'RELATED', ...link })),
    state: STATES[session.status],
  }
}

/** The edition in C3VOC's schedule2 JSON: one file with the text in every language of the site and participants' roles. */
export function schedule2Json(source: ScheduleSource): object {
  const { edition, defaultLocale: locale } = source
  const days = scheduleDays(source, locale)
  const hasGeneralTrack = source.sessions.some((session) => source.lookup.forum(session.forum) === undefined)
  return {
    $schema: 'https://c3voc.de/schema/schedule2',
    generator: GENERATOR,
    schedule: {
      version: source.version,
      conference: {
        acronym: acronymOf(edition),
        title: textIn(edition.title, locale),
        description: localized(edition.theme, source.locales),
        start: days[0]?.start ?? `${edition.startDate}T00:00:00Z`,
        end: days[days.length - 1]?.end ?? `${edition.endDate}T23:59:59Z`,
        time_zone_name: edition.timeZone,
        url: new URL(routes.edition(locale, edition.slug), source.site).href,
        languages: [...source.locales],
        defaults: { language: locale },
        tracks: [
          ...source.forums.map((forum) => ({
            name: textIn(forum.title, locale),
            slug: forum.slug,
            color: forum.colour,
          })),
          ...(hasGeneralTrack
            ? [{ name: labelIn(CALENDAR_LABELS.general, locale), slug: GENERAL_TRACK }]
            : []),
        ],
        rooms: allRooms(days).map((room) => ({ name: room.name, guid: room.guid })),
        days: days.map((day) => ({ index: day.index, date: day.date, start: day.start, end: day.end })),
      },
      events: sessionsInOrder(source.sessions).map((session) => event(session, source)),
    },
  }
}

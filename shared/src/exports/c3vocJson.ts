import { sessionSummary, textIn } from '../calendar/sessionText'
import type { Locale } from '../locales'
import { routes } from '../routes'
import type { SnapshotSession } from '../snapshot/schema'
import { zonedIso } from '../time'
import { identityAddress } from '../identityAddress'
import { GENERATOR } from './generator'
import {
  acronymOf,
  allRooms,
  clockDuration,
  minutesBetween,
  type ScheduleSource,
  scheduleDays,
  sessionLanguage,
} from './scheduleModel'
import {
  expertUrl,
  forumTitle,
  formatLabel,
  materialLinks,
  participantsOf,
  personName,
  sessionUrl,
  videoLinks,
} from './sessionFacts'
import { numericId, stableUuid } from './stableUuid'

function event(session: SnapshotSession, room: string, source: ScheduleSource, locale: Locale) {
  const timeZone = source.edition.timeZone
  const url = sessionUrl(session, source, locale)
  return {
    guid: stableUuid(identityAddress(source), 'session', session.id),
    id: numericId(identityAddress(source), 'session', session.id),
    date: zonedIso(session.start, timeZone),
    start: zonedIso(session.start, timeZone).slice(11, 16),
    end: zonedIso(session.end, timeZone),
    duration: clockDuration(minutesBetween(session.start, session.end)),
    room,
    slug: `${acronymOf(source.edition)}-${numericId(identityAddress(source), 'session', session.id)}-${session.slug}`,
    url,
    title: sessionSummary(session, locale),
    subtitle: null,
    track: forumTitle(session, source, locale),
    type: formatLabel(session, locale),
    language: sessionLanguage(session),
    abstract: textIn(session.lead, locale) || null,
    description: textIn(session.description.text, locale) || null,
    do_not_record: session.notRecorded,
    persons: participantsOf(session, source).map(({ expert, guid }) => ({
      name: personName(expert, locale),
      guid,
      url: expertUrl(expert, source, locale),
      biography: textIn(expert.bio.text, locale) || null,
    })),
    links: videoLinks(session, locale).map((link) => ({ type: 'media', ...link })),
    attachments: materialLinks(session, locale).map((link) => ({ type: 'related', ...link })),
    origin_url: url,
  }
}

/** The edition in the C3VOC schedule JSON (v1), the format most conference apps read. */
export function c3vocScheduleJson(source: ScheduleSource, locale: Locale): object {
  const { edition } = source
  const days = scheduleDays(source, locale)
  return {
    $schema: 'https://c3voc.de/schedule/schema.json',
    generator: GENERATOR,
    schedule: {
      version: source.version,
      base_url: source.site.href,
      conference: {
        acronym: acronymOf(edition),
        title: textIn(edition.title, locale),
        ...(textIn(edition.theme, locale) ? { description: textIn(edition.theme, locale) } : {}),
        start: edition.startDate,
        end: edition.endDate,
        daysCount: days.length,
        timeslot_duration: '00:05',
        time_zone_name: edition.timeZone,
        url: new URL(routes.edition(locale, edition.slug), source.site).href,
        tracks: source.forums.map((forum) => ({
          name: textIn(forum.title, locale),
          slug: forum.slug,
          color: forum.colour,
        })),
        rooms: allRooms(days).map((room) => ({ name: room.name, guid: room.guid })),
        days: days.map((day) => ({
          index: day.index,
          date: day.date,
          day_start: day.start,
          day_end: day.end,
          rooms: Object.fromEntries(
            day.rooms.map(({ room, sessions }) => [
              room.name,
              sessions.map((session) => event(session, room.name, source, locale)),
            ]),
          ),
        })),
      },
    },
  }
}

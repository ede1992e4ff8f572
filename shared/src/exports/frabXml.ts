import { create } from 'xmlbuilder2'
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces'

import { sessionSummary, textIn } from '../calendar/sessionText'
import type { Locale } from '../locales'
import { routes } from '../routes'
import type { SnapshotSession } from '../snapshot/schema'
import { GENERATOR } from './generator'
import {
  acronymOf,
  clockDuration,
  minutesBetween,
  type ScheduleSource,
  scheduleDays,
  sessionLanguage,
  zonedIso,
} from './scheduleModel'
import {
  forumTitle,
  formatLabel,
  materialLinks,
  participantsOf,
  personName,
  sessionUrl,
  videoLinks,
} from './sessionFacts'
import { numericId, stableUuid } from './stableUuid'

/** frab's track slug must start with a letter; other slugs are left out (it is optional). */
const FRAB_SLUG = /^[a-z][a-z0-9-]+$/

function addEvent(
  parent: XMLBuilder,
  session: SnapshotSession,
  room: string,
  source: ScheduleSource,
  locale: Locale,
) {
  const timeZone = source.edition.timeZone
  const id = numericId(source.site, 'session', session.id)
  const event = parent.ele('event', { guid: stableUuid(source.site, 'session', session.id), id })
  event.ele('room').txt(room)
  event.ele('title').txt(sessionSummary(session, locale))
  event.ele('subtitle').txt('')
  event.ele('type').txt(formatLabel(session, locale))
  event.ele('date').txt(zonedIso(session.start, timeZone))
  event.ele('start').txt(zonedIso(session.start, timeZone).slice(11, 16))
  event.ele('duration').txt(clockDuration(minutesBetween(session.start, session.end)))
  event.ele('abstract').txt(textIn(session.lead, locale))
  event.ele('slug').txt(`${acronymOf(source.edition)}-${id}-${session.slug}`)
  event.ele('track').txt(forumTitle(session, source, locale) ?? '')
  const persons = event.ele('persons')
  for (const { expert, guid } of participantsOf(session, source)) {
    const attributes = typeof expert.id === 'number' ? { id: expert.id, guid } : { guid }
    persons.ele('person', attributes).txt(personName(expert, locale))
  }
  event.ele('language').txt(sessionLanguage(session))
  event.ele('description').txt(textIn(session.description.text, locale))
  const recording = event.ele('recording')
  recording.ele('license').txt('')
  recording.ele('optout').txt(String(session.notRecorded))
  const links = event.ele('links')
  for (const link of videoLinks(session, locale))
    links.ele('link', { href: link.url, type: 'media' }).txt(link.title)
  const attachments = event.ele('attachments')
  for (const link of materialLinks(session, locale))
    attachments.ele('attachment', { href: link.url, type: 'related' }).txt(link.title)
  event.ele('url').txt(sessionUrl(session, source, locale))
}

/** The edition in frab's schedule.xml, validated against the C3VOC XSD. */
export function frabScheduleXml(source: ScheduleSource, locale: Locale): string {
  const { edition } = source
  const days = scheduleDays(source, locale)
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('schedule')
  root.ele('generator', { name: GENERATOR.name, version: GENERATOR.version })
  root.ele('url').txt(new URL(routes.scheduleXml(locale, edition.slug), source.site).href)
  root.ele('version').txt(source.version)
  const conference = root.ele('conference')
  conference.ele('title').txt(textIn(edition.title, locale))
  conference.ele('acronym').txt(acronymOf(edition))
  conference.ele('start').txt(edition.startDate)
  conference.ele('end').txt(edition.endDate)
  conference.ele('days').txt(String(days.length))
  conference.ele('timeslot_duration').txt('00:05')
  conference.ele('base_url').txt(source.site.href)
  conference.ele('url').txt(new URL(routes.edition(locale, edition.slug), source.site).href)
  conference.ele('time_zone_name').txt(edition.timeZone)
  for (const forum of source.forums) {
    const attributes = FRAB_SLUG.test(forum.slug) ? { slug: forum.slug } : {}
    conference.ele('track', { name: textIn(forum.title, locale), color: forum.colour, ...attributes })
  }
  for (const day of days) {
    const dayElement = root.ele('day', { index: day.index, date: day.date, start: day.start, end: day.end })
    for (const { room, sessions } of day.rooms) {
      const roomElement = dayElement.ele('room', { name: room.name, guid: room.guid })
      for (const session of sessions) addEvent(roomElement, session, room.name, source, locale)
    }
  }
  return root.end({ prettyPrint: true }) + '\n'
}

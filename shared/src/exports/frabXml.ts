import { create } from 'xmlbuilder2'
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces'

import { sessionSummary, textIn } from '../calendar/sessionText'
import type { Locale } from '../locales'
import { routes } from '../routes'
import type { SnapshotSession } from '../snapshot/schema'
import { zonedIso } from '../time'
import { identityAddress } from '../identityAddress'
import { GENERATOR } from './generator'
import {
  acronymOf,
  clockDuration,
  minutesBetween,
  type ScheduleSource,
  scheduleDays,
  sessionLanguage,
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

/**
 * xmlbuilder2 leaves an ampersand alone when what follows looks like an entity ("&e;"),
 * which lets an editor's "&e;" through as an undefined entity and turns a typed "&amp;"
 * into "&". Escaping every ampersand first makes text come out exactly as typed.
 */
function escapeAmpersands(value: string): string {
  return value.replace(/&/g, '&amp;')
}

type Attributes = Record<string, string | number | undefined>

function xmlAttributes(attributes: Attributes): Record<string, string> {
  return Object.fromEntries(
    Object.entries(attributes).flatMap(([name, value]) =>
      value === undefined ? [] : [[name, escapeAmpersands(String(value))]],
    ),
  )
}

function textElement(
  parent: XMLBuilder,
  name: string,
  value: string,
  attributes: Attributes = {},
): XMLBuilder {
  return parent.ele(name, xmlAttributes(attributes)).txt(escapeAmpersands(value))
}

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
  const id = numericId(identityAddress(source), 'session', session.id)
  const event = parent.ele('event', { guid: stableUuid(identityAddress(source), 'session', session.id), id })
  textElement(event, 'room', room)
  textElement(event, 'title', sessionSummary(session, locale))
  textElement(event, 'subtitle', '')
  textElement(event, 'type', formatLabel(session, locale))
  textElement(event, 'date', zonedIso(session.start, timeZone))
  textElement(event, 'start', zonedIso(session.start, timeZone).slice(11, 16))
  textElement(event, 'duration', clockDuration(minutesBetween(session.start, session.end)))
  textElement(event, 'abstract', textIn(session.lead, locale))
  textElement(event, 'slug', `${acronymOf(source.edition)}-${id}-${session.slug}`)
  textElement(event, 'track', forumTitle(session, source, locale) ?? '')
  const persons = event.ele('persons')
  for (const { expert, guid } of participantsOf(session, source)) {
    const attributes = typeof expert.id === 'number' ? { id: expert.id, guid } : { guid }
    textElement(persons, 'person', personName(expert, locale), attributes)
  }
  textElement(event, 'language', sessionLanguage(session))
  textElement(event, 'description', textIn(session.description.text, locale))
  const recording = event.ele('recording')
  textElement(recording, 'license', '')
  textElement(recording, 'optout', String(session.notRecorded))
  const links = event.ele('links')
  for (const link of videoLinks(session, locale))
    textElement(links, 'link', link.title, { href: link.url, type: 'media' })
  const attachments = event.ele('attachments')
  for (const link of materialLinks(session, locale))
    textElement(attachments, 'attachment', link.title, { href: link.url, type: 'related' })
  textElement(event, 'url', sessionUrl(session, source, locale))
}

/** The edition in frab's schedule.xml, validated against the C3VOC XSD. */
export function frabScheduleXml(source: ScheduleSource, locale: Locale): string {
  const { edition } = source
  const days = scheduleDays(source, locale)
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('schedule')
  root.ele('generator', { name: GENERATOR.name, version: GENERATOR.version })
  textElement(root, 'url', new URL(routes.scheduleXml(locale, edition.slug), source.site).href)
  textElement(root, 'version', source.version)
  const conference = root.ele('conference')
  textElement(conference, 'title', textIn(edition.title, locale))
  textElement(conference, 'acronym', acronymOf(edition))
  textElement(conference, 'start', edition.startDate)
  textElement(conference, 'end', edition.endDate)
  textElement(conference, 'days', String(days.length))
  textElement(conference, 'timeslot_duration', '00:05')
  textElement(conference, 'base_url', source.site.href)
  textElement(conference, 'url', new URL(routes.edition(locale, edition.slug), source.site).href)
  textElement(conference, 'time_zone_name', edition.timeZone)
  for (const forum of source.forums) {
    const attributes = FRAB_SLUG.test(forum.slug) ? { slug: forum.slug } : {}
    conference.ele(
      'track',
      xmlAttributes({ name: textIn(forum.title, locale), color: forum.colour, ...attributes }),
    )
  }
  for (const day of days) {
    const dayElement = root.ele('day', { index: day.index, date: day.date, start: day.start, end: day.end })
    for (const { room, sessions } of day.rooms) {
      const roomElement = dayElement.ele('room', xmlAttributes({ name: room.name, guid: room.guid }))
      for (const session of sessions) addEvent(roomElement, session, room.name, source, locale)
    }
  }
  return root.end({ prettyPrint: true }) + '\n'
}

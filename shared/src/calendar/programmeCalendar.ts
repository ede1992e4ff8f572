import { TZDate } from '@date-fns/tz'
import ical, { escape, foldLines, ICalEventStatus, type ICalCalendar } from 'ical-generator'

import { identityAddress } from '../identityAddress'
import { routes } from '../routes'
import type { SnapshotSession } from '../snapshot'
import type { CalendarContext } from './context'
import { sessionCategories, sessionDescription, sessionLocation, sessionSummary } from './sessionText'
import { vtimezone } from './vtimezone'

/** How often subscribers' calendars are asked to look again (RFC 7986 REFRESH-INTERVAL). */
export const REFRESH_SECONDS = 3600

export interface CalendarFeed {
  /** Shown as the calendar's name in subscribers' apps. */
  name: string
  description: string
  sessions: SnapshotSession[]
}

/** Stable across slug changes and rebuilds: calendars match updates to events by UID. */
export function sessionUid(session: SnapshotSession, site: URL): string {
  return `session-${String(session.id)}@${site.hostname}`
}

function addSessionEvent(calendar: ICalCalendar, session: SnapshotSession, context: CalendarContext): void {
  const pageUrl = new URL(routes.session(context.locale, session.slug), context.site).href
  const updatedAt = new Date(session.updatedAt)
  // The edition's zone: moving an edition to another zone moves its calendars with it.
  const timeZone = context.programme.edition(session.edition)?.timeZone ?? session.timeZone
  calendar.createEvent({
    id: sessionUid(session, identityAddress(context)),
    sequence: session.revision,
    // Wall-clock times in that zone; TZDate keeps them independent of the build machine's zone.
    start: new TZDate(new Date(session.start).getTime(), timeZone),
    end: new TZDate(new Date(session.end).getTime(), timeZone),
    timezone: timeZone,
    stamp: updatedAt,
    lastModified: updatedAt,
    created: new Date(session.createdAt),
    summary: sessionSummary(session, context.locale),
    location: sessionLocation(session, context.locale) || null,
    description: sessionDescription(session, context, pageUrl),
    url: pageUrl,
    categories: sessionCategories(session, context).map((name) => ({ name })),
    status: session.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  })
}

/**
 * Calendar-level DESCRIPTION (RFC 7986) and its older X-WR-CALDESC twin, which ical-generator
 * writes without escaping: both are escaped and folded here.
 */
function describe(ics: string, description: string): string {
  const text = escape(description, false)
  const lines = foldLines(`DESCRIPTION:${text}\r\nX-WR-CALDESC:${text}`)
  return ics.replace(/^(PRODID:[^\r]*\r\n)/m, `$1${lines}\r\n`)
}

/**
 * An iCalendar feed of sessions: one VTIMEZONE per zone used, events with stable UIDs,
 * SEQUENCE from the session's revision, cancelled sessions kept as STATUS:CANCELLED, and
 * DTSTAMP from the content, so the same snapshot always gives the same bytes.
 */
export function programmeCalendar(feed: CalendarFeed, context: CalendarContext): string {
  const calendar = ical({
    prodId: {
      company: identityAddress(context).hostname,
      product: 'programma',
      language: context.locale.toUpperCase(),
    },
    name: escape(feed.name, false),
    ttl: REFRESH_SECONDS,
    // The generator alone: a calendar-wide zone name would also turn DTSTAMP into local time.
    timezone: { name: null, generator: vtimezone },
  })
  for (const session of [...feed.sessions].sort(bySessionTime)) addSessionEvent(calendar, session, context)
  return `${describe(calendar.toString(), feed.description)}\r\n`
}

function bySessionTime(a: SnapshotSession, b: SnapshotSession): number {
  return a.start.localeCompare(b.start) || String(a.id).localeCompare(String(b.id))
}

import { type Locale, routes, type SnapshotSession } from '@programma/shared'

import { showText } from './i18n'
import { placeParts } from './sessionFacts'

/** "Add to calendar" links for one session, for calendars that take an event by URL. */
export interface CalendarEvent {
  title: string
  start: string
  end: string
  /** The zone of the session's edition, which Google shows the event in. */
  timeZone: string
  details: string
  location: string
}

function basicUtc(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

export function googleCalendarUrl(event: CalendarEvent): string {
  const url = new URL('https://calendar.google.com/calendar/render')
  url.searchParams.set('action', 'TEMPLATE')
  url.searchParams.set('text', event.title)
  url.searchParams.set('dates', `${basicUtc(event.start)}/${basicUtc(event.end)}`)
  url.searchParams.set('details', event.details)
  url.searchParams.set('location', event.location)
  url.searchParams.set('ctz', event.timeZone)
  return url.href
}

export function outlookCalendarUrl(event: CalendarEvent): string {
  const url = new URL('https://outlook.live.com/calendar/0/deeplink/compose')
  url.searchParams.set('path', '/calendar/action/compose')
  url.searchParams.set('rru', 'addevent')
  url.searchParams.set('subject', event.title)
  url.searchParams.set('startdt', new Date(event.start).toISOString())
  url.searchParams.set('enddt', new Date(event.end).toISOString())
  url.searchParams.set('body', event.details)
  url.searchParams.set('location', event.location)
  return url.href
}

/** Subscription links for a feed: webcal:// opens the calendar app, https:// is for pasting into Google or Outlook. */
export function subscribeUrls(feedPath: string, site: URL): { webcal: string; https: string } {
  const url = new URL(feedPath, site)
  return { webcal: `webcal://${url.host}${url.pathname}`, https: url.href }
}

/** A session as the one-off "add to calendar" links take it: its page is the details. */
export function sessionCalendarEvent(
  session: SnapshotSession,
  locale: Locale,
  site: URL,
  timeZone: string,
): CalendarEvent {
  return {
    title: showText(session.title, locale),
    start: session.start,
    end: session.end,
    timeZone,
    details: new URL(routes.session(locale, session.slug), site).href,
    location: placeParts(session, locale).join(', '),
  }
}

import {
  type CalendarContext,
  type CalendarFeed,
  type Locale,
  type SnapshotEdition,
  type SnapshotExpert,
  type SnapshotPartner,
  type SnapshotSession,
  uiLocale,
} from '@programma/shared'

import { showName, showText } from './i18n'
import type { Programme } from './programme'
import { siteIdentityAddress } from './siteAddress'

const FEED_TEXT = {
  ru: {
    edition: (edition: string) => `${edition}: вся программа`,
    forum: (forum: string, edition: string) => `${forum} — ${edition}`,
    stage: (stage: string, edition: string) => `${stage} — ${edition}`,
    expert: (name: string) => `${name}: сессии с участием`,
    partner: (name: string) => `${name}: сессии партнёра`,
    session: (title: string) => title,
    description:
      'Расписание обновляется при каждом изменении программы: перенесённые сессии переезжают, отменённые помечаются.',
  },
  en: {
    edition: (edition: string) => `${edition}: the whole programme`,
    forum: (forum: string, edition: string) => `${forum} — ${edition}`,
    stage: (stage: string, edition: string) => `${stage} — ${edition}`,
    expert: (name: string) => `${name}: sessions`,
    partner: (name: string) => `${name}: partner sessions`,
    session: (title: string) => title,
    description:
      'Updated whenever the programme changes: moved sessions move, cancelled ones are marked cancelled.',
  },
} as const

/** Links point at `site` (the page's address); UIDs carry the production address. */
export function calendarContext(locale: Locale, site: URL, programme: Programme): CalendarContext {
  return { locale, site, identity: siteIdentityAddress(), programme }
}

export function editionFeed(data: Programme, edition: SnapshotEdition, locale: Locale): CalendarFeed {
  const text = FEED_TEXT[uiLocale(locale)]
  return {
    name: text.edition(showText(edition.title, locale)),
    description: text.description,
    sessions: data.sessionsOf(edition),
  }
}

export function forumFeed(
  data: Programme,
  edition: SnapshotEdition,
  forumSlug: string,
  locale: Locale,
): CalendarFeed {
  const forum = data.forumBySlug(edition, forumSlug)
  const text = FEED_TEXT[uiLocale(locale)]
  return {
    name: text.forum(forum ? showText(forum.title, locale) : forumSlug, showText(edition.title, locale)),
    description: text.description,
    sessions: data.sessionsOf(edition).filter((session) => String(session.forum) === String(forum?.id)),
  }
}

export function stageFeed(
  data: Programme,
  edition: SnapshotEdition,
  stageKey: string,
  locale: Locale,
): CalendarFeed {
  const stage = data.stage(edition, stageKey)
  const text = FEED_TEXT[uiLocale(locale)]
  return {
    name: text.stage(stage ? showText(stage.name, locale) : stageKey, showText(edition.title, locale)),
    description: text.description,
    sessions: data.sessionsOf(edition).filter((session) => session.stage === stageKey),
  }
}

export function expertFeed(data: Programme, expert: SnapshotExpert, locale: Locale): CalendarFeed {
  return {
    name: FEED_TEXT[uiLocale(locale)].expert(showName(expert.name, locale)?.text ?? expert.slug),
    description: FEED_TEXT[uiLocale(locale)].description,
    sessions: uniqueSessions(data.sessionsOfExpert(expert).map((entry) => entry.session)),
  }
}

export function partnerFeed(data: Programme, partner: SnapshotPartner, locale: Locale): CalendarFeed {
  return {
    name: FEED_TEXT[uiLocale(locale)].partner(showText(partner.name, locale)),
    description: FEED_TEXT[uiLocale(locale)].description,
    sessions: uniqueSessions(data.sessionsOfPartner(partner).map((entry) => entry.session)),
  }
}

export function sessionFeed(session: SnapshotSession, locale: Locale): CalendarFeed {
  return {
    name: FEED_TEXT[uiLocale(locale)].session(showText(session.title, locale)),
    description: FEED_TEXT[uiLocale(locale)].description,
    sessions: [session],
  }
}

/** An expert with two roles in one session is in it once. */
function uniqueSessions(sessions: SnapshotSession[]): SnapshotSession[] {
  return [...new Map(sessions.map((session) => [String(session.id), session])).values()]
}

export function calendarResponse(ics: string): Response {
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}

import { nameIn, textIn } from '../calendar/sessionText'
import { CALENDAR_LABELS } from '../calendar/labels'
import { labelIn, type Locale } from '../locales'
import { routes } from '../routes'
import type { SnapshotExpert, SnapshotSession } from '../snapshot/schema'
import { SESSION_FORMATS, termLabel } from '../vocabulary'
import { identityAddress } from '../identityAddress'
import type { ScheduleSource } from './scheduleModel'
import { stableUuid } from './stableUuid'

export interface ScheduleLink {
  url: string
  title: string
}

export function sessionUrl(session: SnapshotSession, source: ScheduleSource, locale: Locale): string {
  return new URL(routes.session(locale, session.slug), source.site).href
}

export function expertUrl(expert: SnapshotExpert, source: ScheduleSource, locale: Locale): string {
  return new URL(routes.expert(locale, expert.slug), source.site).href
}

/** Participants in the order editors gave, with the expert behind each. */
export function participantsOf(session: SnapshotSession, source: ScheduleSource) {
  return session.participants.flatMap((participant) => {
    const expert = source.lookup.expert(participant.expert)
    return expert
      ? [{ expert, role: participant.role, guid: stableUuid(identityAddress(source), 'expert', expert.id) }]
      : []
  })
}

export function personName(expert: SnapshotExpert, locale: Locale): string {
  return nameIn(expert.name, locale)
}

export function formatLabel(session: SnapshotSession, locale: Locale): string {
  return termLabel(SESSION_FORMATS, session.format, locale)
}

export function forumTitle(session: SnapshotSession, source: ScheduleSource, locale: Locale): string | null {
  const forum = source.lookup.forum(session.forum)
  return forum ? textIn(forum.title, locale) : null
}

/** Stream and recording, the links apps show beside a talk. */
export function videoLinks(session: SnapshotSession, locale: Locale): ScheduleLink[] {
  const links: ScheduleLink[] = []
  if (session.stream) links.push({ url: session.stream.url, title: labelIn(CALENDAR_LABELS.stream, locale) })
  if (session.recording)
    links.push({ url: session.recording.url, title: labelIn(CALENDAR_LABELS.recording, locale) })
  return links
}

/** Materials that have a web address. */
export function materialLinks(session: SnapshotSession, locale: Locale): ScheduleLink[] {
  return session.materials.flatMap((material) =>
    material.url ? [{ url: material.url, title: textIn(material.title, locale) }] : [],
  )
}

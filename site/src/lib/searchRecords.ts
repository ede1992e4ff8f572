import {
  hostTermLabel,
  type Locale,
  PARTICIPANT_ROLES,
  routes,
  SESSION_FORMATS,
  type SnapshotExpert,
  type SnapshotPartner,
  type SnapshotSession,
  termLabel,
  zonedDay,
} from '@programma/shared'

import { formatDate, formatTime, formatZone } from './format'
import { showName, showText, ui } from './i18n'
import type { Programme } from './programme'
import { foldYo, joinText } from './searchText'

/** What a hit is; the search page labels and filters by it. */
export type SearchKind = 'session' | 'recording' | 'expert' | 'partner'

/**
 * One searchable thing, as Pagefind's custom record takes it. Built from the snapshot,
 * not scraped from pages, so navigation, footers and repeated blocks never reach the index.
 */
export interface SearchRecord {
  url: string
  language: Locale
  content: string
  meta: Record<string, string>
  filters: Record<string, string[]>
  sort: Record<string, string>
}

/** Every spelling of a person's name, so either finds them: "Anna Petrova Анна Петрова". */
function namesOf(expert: SnapshotExpert, locale: Locale): string {
  const shown = showName(expert.name, locale)?.text ?? ''
  const spellings = [shown, ...Object.values(expert.name).filter((name): name is string => Boolean(name))]
  return [...new Set(spellings)].filter(Boolean).join(' ')
}

function kindsOf(session: SnapshotSession): SearchKind[] {
  return session.recording ? ['session', 'recording'] : ['session']
}

export function sessionRecord(session: SnapshotSession, data: Programme, locale: Locale): SearchRecord {
  const t = ui(locale)
  const edition = data.edition(session.edition)
  const forum = data.forum(session.forum)
  const stage = edition?.stages.find((candidate) => candidate.key === session.stage)
  const format = termLabel(SESSION_FORMATS, session.format, locale)
  const title = showText(session.title, locale)
  const people = session.participants.flatMap((participant) => {
    const expert = data.expert(participant.expert)
    if (!expert) return []
    const position = [showText(expert.position, locale), showText(expert.organisation, locale)]
      .filter(Boolean)
      .join(', ')
    return [
      `${termLabel(PARTICIPANT_ROLES, participant.role, locale)}: ${namesOf(expert, locale)}${position ? `, ${position}` : ''}`,
    ]
  })
  const partners = session.partners.flatMap((link) => {
    const partner = data.partner(link.partner)
    return partner ? [showText(partner.name, locale)] : []
  })
  const zone = data.zoneOf(session)
  const when = `${formatDate(session.start, locale, zone)}, ${formatTime(session.start, locale, zone)} ${formatZone(zone, locale, session.start)}`
  const day = zonedDay(session.start, zone)
  const statusNote = session.status === 'cancelled' ? t.cancelled : session.status === 'moved' ? t.moved : ''
  return {
    url: routes.session(locale, session.slug),
    language: locale,
    content: foldYo(
      joinText([
        title,
        showText(session.lead, locale),
        showText(session.description.text, locale),
        format,
        forum ? showText(forum.title, locale) : '',
        stage ? showText(stage.name, locale) : '',
        showText(session.place.hall, locale),
        ...people,
        ...partners,
        session.audiences
          .map((audience) => hostTermLabel(data.vocabulary('audiences'), audience, locale))
          .join(', '),
        session.topics.map((topic) => hostTermLabel(data.vocabulary('topics'), topic, locale)).join(', '),
        session.recording ? t.recording : '',
      ]),
    ),
    meta: {
      title,
      kind: kindsOf(session).join(' '),
      when,
      forum: forum ? showText(forum.title, locale) : '',
      format,
      status: statusNote,
    },
    filters: {
      type: kindsOf(session),
      edition: edition ? [showText(edition.title, locale)] : [],
      forum: forum ? [showText(forum.title, locale)] : [],
      format: [format],
      day: [day],
    },
    sort: { start: session.start },
  }
}

/** The editions each expert took part in, found in one pass over the sessions. */
export function editionsByExpert(data: Programme): Map<string, Set<string>> {
  const editions = new Map<string, Set<string>>()
  for (const session of data.snapshot.sessions)
    for (const participant of session.participants) {
      const key = String(participant.expert)
      const set = editions.get(key) ?? new Set<string>()
      set.add(String(session.edition))
      editions.set(key, set)
    }
  return editions
}

export function expertRecord(
  expert: SnapshotExpert,
  data: Programme,
  locale: Locale,
  editionIds: Set<string> = editionsByExpert(data).get(String(expert.id)) ?? new Set(),
): SearchRecord {
  const position = [showText(expert.position, locale), showText(expert.organisation, locale)]
    .filter(Boolean)
    .join(', ')
  const place = [showText(expert.city, locale), showText(expert.country, locale)].filter(Boolean).join(', ')
  const editions = [...editionIds].flatMap((id) => {
    const edition = data.edition(id)
    return edition ? [showText(edition.title, locale)] : []
  })
  return {
    url: routes.expert(locale, expert.slug),
    language: locale,
    content: foldYo(joinText([namesOf(expert, locale), position, place, showText(expert.bio.text, locale)])),
    meta: {
      title: showName(expert.name, locale)?.text ?? expert.slug,
      kind: 'expert',
      subtitle: position,
    },
    filters: { type: ['expert'], edition: editions },
    sort: {},
  }
}

export function partnerRecord(partner: SnapshotPartner, data: Programme, locale: Locale): SearchRecord {
  const kind = hostTermLabel(data.vocabulary('partnerKinds'), partner.kind, locale)
  const level = partner.level ? hostTermLabel(data.vocabulary('partnerLevels'), partner.level, locale) : ''
  const editions = partner.editions.flatMap((id) => {
    const edition = data.edition(id)
    return edition ? [showText(edition.title, locale)] : []
  })
  return {
    url: routes.partner(locale, partner.slug),
    language: locale,
    content: foldYo(
      joinText([
        showText(partner.name, locale),
        kind,
        level,
        showText(partner.description.text, locale),
        ...partner.products.map((product) =>
          joinText([showText(product.title, locale), showText(product.description, locale)]),
        ),
        partner.stand
          ? joinText([
              showText(data.alley(partner.stand.alley)?.name ?? { ru: '', en: null }, locale),
              partner.stand.number ?? '',
            ])
          : '',
      ]),
    ),
    meta: {
      title: showText(partner.name, locale),
      kind: 'partner',
      subtitle: [kind, level].filter(Boolean).join(' · '),
    },
    filters: { type: ['partner'], edition: editions },
    sort: {},
  }
}

/** Every record of the site in one language: sessions, experts and partners. */
export function searchRecords(data: Programme, locale: Locale): SearchRecord[] {
  const { sessions, experts, partners } = data.snapshot
  const editions = editionsByExpert(data)
  return [
    ...sessions.map((session) => sessionRecord(session, data, locale)),
    ...experts.map((expert) => expertRecord(expert, data, locale, editions.get(String(expert.id)))),
    ...partners.map((partner) => partnerRecord(partner, data, locale)),
  ]
}

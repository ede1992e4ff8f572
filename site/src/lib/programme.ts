import {
  type Locale,
  type Snapshot,
  type SnapshotAlley,
  type SnapshotEdition,
  type SnapshotExpert,
  type SnapshotForum,
  type SnapshotMedia,
  type SnapshotPartner,
  type SnapshotSession,
  type SnapshotSite,
  useSiteLocales,
  type Vocabularies,
  type VocabularyName,
} from '@programma/shared'

import { sessionsByDay } from './days'
import { useTimeZoneNames } from './format'

export type SnapshotStage = SnapshotEdition['stages'][number]

interface Indexes {
  editions: Map<string, SnapshotEdition>
  sessions: Map<string, SnapshotSession>
  forums: Map<string, SnapshotForum>
  experts: Map<string, SnapshotExpert>
  partners: Map<string, SnapshotPartner>
  alleys: Map<string, SnapshotAlley>
  media: Map<string, SnapshotMedia>
  /** Answers already worked out: every page asks the same questions of the same snapshot. */
  answers: Map<string, unknown>
}

const indexesOf = new WeakMap<Snapshot, Indexes>()

function indexes(snapshot: Snapshot): Indexes {
  let made = indexesOf.get(snapshot)
  if (!made) {
    const index = <T extends { id: number | string }>(items: T[]) =>
      new Map(items.map((item) => [String(item.id), item]))
    made = {
      editions: index(snapshot.editions),
      sessions: index(snapshot.sessions),
      forums: index(snapshot.forums),
      experts: index(snapshot.experts),
      partners: index(snapshot.partners),
      alleys: index(snapshot.alleys),
      media: index(snapshot.media),
      answers: new Map(),
    }
    indexesOf.set(snapshot, made)
  }
  return made
}

/**
 * Lookups over one snapshot. Every page makes one; they share the indexes and the answers
 * worked out for the same snapshot, so a build of thousands of pages scans it only once.
 */
export class Programme {
  private readonly byId: Indexes

  /**
   * Also makes the snapshot's languages the site's: routes put its default language at the
   * root and the others under /<code>/, and text falls back to the default language; and
   * its names of zones those that times are labelled with.
   */
  constructor(readonly snapshot: Snapshot) {
    this.byId = indexes(snapshot)
    useSiteLocales(snapshot)
    useTimeZoneNames(snapshot.timeZoneNames)
  }

  /** The languages the site is published in, the default (at the root) first. */
  locales(): Locale[] {
    const { defaultLocale, locales } = this.snapshot
    return [defaultLocale, ...locales.filter((locale) => locale !== defaultLocale)]
  }

  /** The site's identity: name, organiser, logo, colours, footer, contacts, registration link. */
  site(): SnapshotSite {
    return this.snapshot.site
  }

  /** One of the host's lists (topics, audiences, session languages, partner kinds and levels), in its order. */
  vocabulary<N extends VocabularyName>(name: N): Vocabularies[N] {
    return this.snapshot.vocabularies[name]
  }

  /** The zone a session's times are shown in: its edition's, so that moving an edition moves them all. */
  zoneOf(session: SnapshotSession): string {
    return this.edition(session.edition)?.timeZone ?? session.timeZone
  }

  /** The zone of the site as a whole (its footer's note, pages of no one edition): the current edition's. */
  siteZone(): string {
    return this.current()?.timeZone ?? this.snapshot.sessions[0]?.timeZone ?? 'UTC'
  }

  private remember<T>(key: string, work: () => T): T {
    if (!this.byId.answers.has(key)) this.byId.answers.set(key, work())
    return this.byId.answers.get(key) as T
  }

  /** Newest first: the first is the current edition, the rest the archive. */
  editions(): SnapshotEdition[] {
    return [...this.snapshot.editions].sort((a, b) => b.year - a.year)
  }

  /** The current edition: the newest. */
  current(): SnapshotEdition | undefined {
    return this.editions()[0]
  }

  edition(id: number | string): SnapshotEdition | undefined {
    return this.byId.editions.get(String(id))
  }

  session(id: number | string): SnapshotSession | undefined {
    return this.byId.sessions.get(String(id))
  }

  forum(id: number | string | null): SnapshotForum | undefined {
    return id === null ? undefined : this.byId.forums.get(String(id))
  }

  /** An edition's forum by the slug in its address. */
  forumBySlug(edition: SnapshotEdition, slug: string): SnapshotForum | undefined {
    return this.forumsOf(edition).find((forum) => forum.slug === slug)
  }

  /** An edition's stage by its key. */
  stage(edition: SnapshotEdition, key: string | null): SnapshotStage | undefined {
    return edition.stages.find((stage) => stage.key === key)
  }

  expert(id: number | string): SnapshotExpert | undefined {
    return this.byId.experts.get(String(id))
  }

  partner(id: number | string): SnapshotPartner | undefined {
    return this.byId.partners.get(String(id))
  }

  alley(id: number | string): SnapshotAlley | undefined {
    return this.byId.alleys.get(String(id))
  }

  media(id: number | string | null): SnapshotMedia | undefined {
    return id === null ? undefined : this.byId.media.get(String(id))
  }

  forumsOf(edition: SnapshotEdition): SnapshotForum[] {
    return this.snapshot.forums
      .filter((forum) => String(forum.edition) === String(edition.id))
      .sort((a, b) => a.order - b.order)
  }

  sessionsOf(edition: SnapshotEdition): SnapshotSession[] {
    return this.remember(`sessions:${edition.id}`, () =>
      this.snapshot.sessions
        .filter((session) => String(session.edition) === String(edition.id))
        .sort((a, b) => a.start.localeCompare(b.start) || a.slug.localeCompare(b.slug)),
    )
  }

  /** The edition's sessions by calendar day on its own clock. */
  private sessionsByDay(edition: SnapshotEdition): Map<string, SnapshotSession[]> {
    return this.remember(`days:${edition.id}`, () =>
      sessionsByDay(this.sessionsOf(edition), edition.timeZone),
    )
  }

  /** The days that have sessions, on the edition's clock. */
  daysOf(edition: SnapshotEdition): string[] {
    return [...this.sessionsByDay(edition).keys()].sort()
  }

  sessionsOn(edition: SnapshotEdition, day: string): SnapshotSession[] {
    return this.sessionsByDay(edition).get(day) ?? []
  }

  /** Every session an expert takes part in, across editions, in time order. */
  sessionsOfExpert(expert: SnapshotExpert): Array<{ session: SnapshotSession; role: string }> {
    const byExpert = this.remember('sessions-by-expert', () =>
      this.groupParts((session) =>
        session.participants.map((participant) => ({
          key: String(participant.expert),
          role: participant.role,
        })),
      ),
    )
    return byExpert.get(String(expert.id)) ?? []
  }

  /** Every session a partner organises, sponsors or presents at. */
  sessionsOfPartner(partner: SnapshotPartner): Array<{ session: SnapshotSession; role: string }> {
    const byPartner = this.remember('sessions-by-partner', () =>
      this.groupParts((session) =>
        session.partners.map((link) => ({ key: String(link.partner), role: link.role })),
      ),
    )
    return byPartner.get(String(partner.id)) ?? []
  }

  /** Sessions grouped by the people or partners taking part, each group in time order. */
  private groupParts(
    partsOf: (session: SnapshotSession) => Array<{ key: string; role: string }>,
  ): Map<string, Array<{ session: SnapshotSession; role: string }>> {
    const groups = new Map<string, Array<{ session: SnapshotSession; role: string }>>()
    const inTimeOrder = [...this.snapshot.sessions].sort((a, b) => a.start.localeCompare(b.start))
    for (const session of inTimeOrder)
      for (const { key, role } of partsOf(session))
        groups.set(key, [...(groups.get(key) ?? []), { session, role }])
    return groups
  }

  /** Sessions of a day grouped by forum, in the forums' order; sessions without a forum last. */
  byForum(
    edition: SnapshotEdition,
    day: string,
  ): Array<{ forum: SnapshotForum | undefined; sessions: SnapshotSession[] }> {
    const sessions = this.sessionsOn(edition, day)
    const groups = this.forumsOf(edition).map((forum) => ({
      forum: forum as SnapshotForum | undefined,
      sessions: sessions.filter((session) => String(session.forum) === String(forum.id)),
    }))
    groups.push({
      forum: undefined,
      sessions: sessions.filter((session) => this.forum(session.forum) === undefined),
    })
    return groups.filter((group) => group.sessions.length > 0)
  }
}

import {
  type Snapshot,
  type SnapshotEdition,
  type SnapshotExpert,
  type SnapshotForum,
  type SnapshotMedia,
  type SnapshotPartner,
  type SnapshotSession,
  zonedDay,
} from '@programma/shared'

/** Lookups over one snapshot, built once per build. */
export class Programme {
  private readonly byId: {
    editions: Map<string, SnapshotEdition>
    forums: Map<string, SnapshotForum>
    experts: Map<string, SnapshotExpert>
    partners: Map<string, SnapshotPartner>
    media: Map<string, SnapshotMedia>
  }

  constructor(readonly snapshot: Snapshot) {
    const index = <T extends { id: number | string }>(items: T[]) =>
      new Map(items.map((item) => [String(item.id), item]))
    this.byId = {
      editions: index(snapshot.editions),
      forums: index(snapshot.forums),
      experts: index(snapshot.experts),
      partners: index(snapshot.partners),
      media: index(snapshot.media),
    }
  }

  /** Newest first: the first is the current edition, the rest the archive. */
  editions(): SnapshotEdition[] {
    return [...this.snapshot.editions].sort((a, b) => b.year - a.year)
  }

  edition(id: number | string): SnapshotEdition | undefined {
    return this.byId.editions.get(String(id))
  }

  forum(id: number | string | null): SnapshotForum | undefined {
    return id === null ? undefined : this.byId.forums.get(String(id))
  }

  expert(id: number | string): SnapshotExpert | undefined {
    return this.byId.experts.get(String(id))
  }

  partner(id: number | string): SnapshotPartner | undefined {
    return this.byId.partners.get(String(id))
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
    return this.snapshot.sessions
      .filter((session) => String(session.edition) === String(edition.id))
      .sort((a, b) => a.start.localeCompare(b.start) || a.slug.localeCompare(b.slug))
  }

  /** The days that have sessions, on the edition's clock. */
  daysOf(edition: SnapshotEdition): string[] {
    return [
      ...new Set(this.sessionsOf(edition).map((session) => zonedDay(session.start, edition.timeZone))),
    ].sort()
  }

  sessionsOn(edition: SnapshotEdition, day: string): SnapshotSession[] {
    return this.sessionsOf(edition).filter((session) => zonedDay(session.start, edition.timeZone) === day)
  }

  /** Every session an expert takes part in, across editions, in time order. */
  sessionsOfExpert(expert: SnapshotExpert): Array<{ session: SnapshotSession; role: string }> {
    return this.snapshot.sessions
      .flatMap((session) =>
        session.participants
          .filter((participant) => String(participant.expert) === String(expert.id))
          .map((participant) => ({ session, role: participant.role as string })),
      )
      .sort((a, b) => a.session.start.localeCompare(b.session.start))
  }

  /** Every session a partner organises, sponsors or presents at. */
  sessionsOfPartner(partner: SnapshotPartner): Array<{ session: SnapshotSession; role: string }> {
    return this.snapshot.sessions
      .flatMap((session) =>
        session.partners
          .filter((link) => String(link.partner) === String(partner.id))
          .map((link) => ({ session, role: link.role as string })),
      )
      .sort((a, b) => a.session.start.localeCompare(b.session.start))
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

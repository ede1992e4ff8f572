import type { Snapshot, SnapshotEdition, SnapshotExpert, SnapshotForum, SnapshotPartner } from './schema'

/** Documents of a snapshot by id, for builders that follow a session's references. */
export interface SnapshotLookup {
  edition(id: number | string): SnapshotEdition | undefined
  forum(id: number | string | null): SnapshotForum | undefined
  expert(id: number | string): SnapshotExpert | undefined
  partner(id: number | string): SnapshotPartner | undefined
}

export function snapshotLookup(snapshot: Snapshot): SnapshotLookup {
  const index = <T extends { id: number | string }>(items: T[]) =>
    new Map(items.map((item) => [String(item.id), item]))
  const editions = index(snapshot.editions)
  const forums = index(snapshot.forums)
  const experts = index(snapshot.experts)
  const partners = index(snapshot.partners)
  return {
    edition: (id) => editions.get(String(id)),
    forum: (id) => (id === null ? undefined : forums.get(String(id))),
    expert: (id) => experts.get(String(id)),
    partner: (id) => partners.get(String(id)),
  }
}

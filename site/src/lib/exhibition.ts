import type {
  Snapshot,
  SnapshotAlley,
  SnapshotEdition,
  SnapshotPartner,
  SnapshotStand,
} from '@programma/shared'

import type { Programme } from './programme'

/** A value of the host's topics. */
type Topic = string

/** A partner on its stand, with the topics of the sessions it takes part in. */
export interface PlacedStand {
  partner: SnapshotPartner
  stand: SnapshotStand
  topics: Topic[]
}

export interface AlleyWithStands {
  alley: SnapshotAlley
  stands: PlacedStand[]
}

export interface Neighbours {
  previous: PlacedStand | undefined
  next: PlacedStand | undefined
}

/** A partner's topics: those of every session it organises, sponsors or presents at. */
export function partnerTopics(snapshot: Snapshot): Map<string, Topic[]> {
  const topics = new Map<string, Set<Topic>>()
  for (const session of snapshot.sessions)
    for (const { partner } of session.partners) {
      const own = topics.get(String(partner)) ?? new Set<Topic>()
      for (const topic of session.topics) own.add(topic)
      topics.set(String(partner), own)
    }
  return new Map([...topics].map(([partner, own]) => [partner, [...own].sort()]))
}

/** The edition's alleys in map order, each with its stands from the entrance on. */
export function exhibitionOf(snapshot: Snapshot, edition: SnapshotEdition): AlleyWithStands[] {
  const topics = partnerTopics(snapshot)
  const alleys = snapshot.alleys
    .filter((alley) => String(alley.edition) === String(edition.id))
    .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug))
  return alleys
    .map((alley) => ({
      alley,
      stands: snapshot.partners
        .flatMap((partner) =>
          partner.stand && String(partner.stand.alley) === String(alley.id)
            ? [{ partner, stand: partner.stand, topics: topics.get(String(partner.id)) ?? [] }]
            : [],
        )
        .sort((a, b) => a.stand.position - b.stand.position || a.partner.slug.localeCompare(b.partner.slug)),
    }))
    .filter((group) => group.stands.length > 0)
}

/** Every stand of the alleys, alley by alley. */
export function standsIn(alleys: AlleyWithStands[]): PlacedStand[] {
  return alleys.flatMap((group) => group.stands)
}

/** Editions that have an exhibition to show, at least one alley with a stand: newest first. */
export function editionsWithExhibition(data: Programme): SnapshotEdition[] {
  return data.editions().filter((edition) => exhibitionOf(data.snapshot, edition).length > 0)
}

/** Where a partner stands: its edition, alley and the stands before and after it. */
export function standOf(
  snapshot: Snapshot,
  partner: SnapshotPartner,
):
  { edition: SnapshotEdition; alley: SnapshotAlley; neighbours: Neighbours; stand: PlacedStand } | undefined {
  if (!partner.stand) return undefined
  const alley = snapshot.alleys.find((candidate) => String(candidate.id) === String(partner.stand?.alley))
  const edition = snapshot.editions.find((candidate) => String(candidate.id) === String(alley?.edition))
  if (!alley || !edition) return undefined
  const stands = exhibitionOf(snapshot, edition).find((group) => group.alley.id === alley.id)?.stands ?? []
  const index = stands.findIndex((placed) => placed.partner.id === partner.id)
  const own = stands[index]
  if (!own) return undefined
  return { edition, alley, stand: own, neighbours: { previous: stands[index - 1], next: stands[index + 1] } }
}

/** The stands before and after, those there are, each with its rel for the link. */
export function neighbourLinks(neighbours: Neighbours): Array<{ rel: 'prev' | 'next'; placed: PlacedStand }> {
  return [
    { rel: 'prev' as const, placed: neighbours.previous },
    { rel: 'next' as const, placed: neighbours.next },
  ].flatMap(({ rel, placed }) => (placed ? [{ rel, placed }] : []))
}

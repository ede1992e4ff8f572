import type { SnapshotEdition, SnapshotForum } from '@programma/shared'

import { type AlleyWithStands, exhibitionOf } from './exhibition'
import type { Programme } from './programme'

/** What an edition's overview shows of its programme. */
export interface EditionOverview {
  edition: SnapshotEdition
  /** The days that have sessions. */
  days: string[]
  /** The forums in order, each with how many sessions it holds. */
  forums: Array<{ forum: SnapshotForum; sessions: number }>
  exhibition: AlleyWithStands[]
  /** Other editions, listed as the archive; only those with sessions get a link. */
  archive: Array<{ edition: SnapshotEdition; hasProgramme: boolean }>
}

export function editionOverview(
  data: Programme,
  edition: SnapshotEdition,
  archive: SnapshotEdition[] = [],
): EditionOverview {
  const sessions = data.sessionsOf(edition)
  return {
    edition,
    days: data.daysOf(edition),
    forums: data.forumsOf(edition).map((forum) => ({
      forum,
      sessions: sessions.filter((session) => String(session.forum) === String(forum.id)).length,
    })),
    exhibition: exhibitionOf(data.snapshot, edition),
    archive: archive.map((other) => ({ edition: other, hasProgramme: data.daysOf(other).length > 0 })),
  }
}

import type { ScheduleSource, SnapshotEdition } from '@programma/shared'

import type { Programme } from './programme'

/** One edition's programme, as the schedule exports take it. */
export function scheduleSource(data: Programme, edition: SnapshotEdition, site: URL): ScheduleSource {
  return {
    edition,
    forums: data.forumsOf(edition),
    sessions: data.sessionsOf(edition),
    lookup: data,
    site,
    version: data.snapshot.lastModified,
    defaultLocale: data.snapshot.defaultLocale,
    locales: data.snapshot.locales,
  }
}

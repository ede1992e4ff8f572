import type { ScheduleSource, SnapshotEdition } from '@programma/shared'

import type { Programme } from './programme'
import { siteIdentityAddress } from './siteAddress'

/** One edition's programme, as the schedule exports take it: links to `site`, GUIDs of the production address. */
export function scheduleSource(data: Programme, edition: SnapshotEdition, site: URL): ScheduleSource {
  return {
    edition,
    forums: data.forumsOf(edition),
    sessions: data.sessionsOf(edition),
    lookup: data,
    site,
    identity: siteIdentityAddress(),
    version: data.snapshot.lastModified,
    defaultLocale: data.snapshot.defaultLocale,
    locales: data.snapshot.locales,
  }
}

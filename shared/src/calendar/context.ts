import type { Locale } from '../locales'
import type { SnapshotExpert, SnapshotForum } from '../snapshot'

/** The documents a session refers to by id. */
export interface ProgrammeLookup {
  forum(id: number | string | null): SnapshotForum | undefined
  expert(id: number | string): SnapshotExpert | undefined
}

/** What every calendar entry of the site shares: its language, the site's address and the lookups. */
export interface CalendarContext {
  locale: Locale
  /** The public site, for absolute links and the host part of UIDs. */
  site: URL
  programme: ProgrammeLookup
}

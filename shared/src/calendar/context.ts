import type { Locale } from '../locales'
import type { SnapshotEdition, SnapshotExpert, SnapshotForum } from '../snapshot'

/** The documents a session refers to by id. */
export interface ProgrammeLookup {
  /** The session's edition, whose zone its times are written in. */
  edition(id: number | string): Pick<SnapshotEdition, 'timeZone'> | undefined
  forum(id: number | string | null): SnapshotForum | undefined
  expert(id: number | string): SnapshotExpert | undefined
}

/** What every calendar entry of the site shares: its language, the site's address and the lookups. */
export interface CalendarContext {
  locale: Locale
  /** The public site, for absolute links. */
  site: URL
  /** The production address, for the host part of UIDs; `site` when absent. */
  identity?: URL | undefined
  programme: ProgrammeLookup
}

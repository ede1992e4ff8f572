import { type Locale, SESSION_FORMATS, type SnapshotSession, termLabel } from '@programma/shared'

import { showText, ui } from './i18n'

/** Where a session takes place, in words: its hall, and "online" when it is also streamed. */
export function placeParts(session: SnapshotSession, locale: Locale): string[] {
  return [showText(session.place.hall, locale), session.place.online ? ui(locale).online : ''].filter(Boolean)
}

/** A session's line in a list: "Speaker · Round table · Studio 3 · Online"; the role when given. */
export function sessionSummary(session: SnapshotSession, locale: Locale, role?: string): string {
  return [role, termLabel(SESSION_FORMATS, session.format, locale), ...placeParts(session, locale)]
    .filter(Boolean)
    .join(' · ')
}

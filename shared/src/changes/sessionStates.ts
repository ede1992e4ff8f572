import type { Locale } from '../locales'
import type { Snapshot, SnapshotSession } from '../snapshot/schema'
import type { SessionState } from './releaseHistory'

/** Where a session happens, as one comparable string: the hall in the default language and whether it streams. */
function placeOf(session: SnapshotSession, defaultLocale: Locale): string {
  const hall = session.place.hall[defaultLocale] ?? ''
  return [hall, session.place.online ? 'online' : ''].filter(Boolean).join(' + ')
}

/** The title in every language it is in. */
function titles(session: SnapshotSession): Record<string, string | null> {
  return Object.fromEntries(Object.entries(session.title).map(([locale, text]) => [locale, text ?? null]))
}

export function sessionState(session: SnapshotSession, defaultLocale: Locale): SessionState {
  return {
    id: String(session.id),
    edition: String(session.edition),
    slug: session.slug,
    title: titles(session),
    start: session.start,
    end: session.end,
    status: session.status,
    place: placeOf(session, defaultLocale),
    participants: session.participants.map((participant) => String(participant.expert)).sort(),
  }
}

export function sessionStates(snapshot: Snapshot): SessionState[] {
  return snapshot.sessions
    .map((session) => sessionState(session, snapshot.defaultLocale))
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))
}

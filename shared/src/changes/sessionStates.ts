import type { Snapshot, SnapshotSession } from '../snapshot/schema'
import type { SessionState } from './releaseHistory'

/** Where a session happens, as one comparable string: the hall in Russian and whether it streams. */
function placeOf(session: SnapshotSession): string {
  return [session.place.hall.ru ?? '', session.place.online ? 'online' : ''].filter(Boolean).join(' + ')
}

export function sessionState(session: SnapshotSession): SessionState {
  return {
    id: String(session.id),
    edition: String(session.edition),
    slug: session.slug,
    title: { ru: session.title.ru, en: session.title.en },
    start: session.start,
    end: session.end,
    status: session.status,
    place: placeOf(session),
    participants: session.participants.map((participant) => String(participant.expert)).sort(),
  }
}

export function sessionStates(snapshot: Snapshot): SessionState[] {
  return snapshot.sessions.map(sessionState).sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))
}

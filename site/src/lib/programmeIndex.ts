import { routes, type SnapshotSession } from '@programma/shared'

/** The few facts "my programme" needs about every session, in both languages. */
export function programmeIndex(sessions: SnapshotSession[]) {
  return sessions.map((session) => ({
    id: String(session.id),
    slug: session.slug,
    title: session.title,
    start: session.start,
    end: session.end,
    status: session.status,
    url: { ru: routes.session('ru', session.slug), en: routes.session('en', session.slug) },
  }))
}

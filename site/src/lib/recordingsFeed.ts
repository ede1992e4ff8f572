import { type Locale, type RecordingFeedEntry, routes, SESSION_FORMATS, termLabel } from '@programma/shared'

import { formatDuration } from './duration'
import { formatDate } from './format'
import { showText, ui } from './i18n'
import type { Programme } from './programme'
import { type RecordedSession, recordingDate } from './recordings'

/** A recording as a feed entry: the session's title, where to watch, and what it was. */
export function recordingFeedEntry(
  session: RecordedSession,
  programme: Programme,
  locale: Locale,
  site: URL,
): RecordingFeedEntry {
  const edition = programme.edition(session.edition)
  const duration = session.recording.durationMinutes
  const facts = [
    formatDate(session.start, locale, programme.zoneOf(session)),
    edition ? showText(edition.title, locale) : '',
    termLabel(SESSION_FORMATS, session.format, locale),
    duration ? `${ui(locale).duration}: ${formatDuration(duration, locale)}` : '',
  ].filter(Boolean)
  const lead = showText(session.lead, locale)
  return {
    title: showText(session.title, locale),
    url: new URL(routes.sessionPlayer(locale, session.slug), site).href,
    published: recordingDate(session),
    summary: [facts.join(' · '), lead].filter(Boolean).join('. '),
  }
}

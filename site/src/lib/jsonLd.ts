import {
  type Locale,
  parseVideoLink,
  routes,
  sessionLanguage,
  type SnapshotSession,
  zonedIso,
} from '@programma/shared'

import { isoDuration } from './duration'
import { showName, showText } from './i18n'
import { picture } from './media'
import type { Programme } from './programme'
import { hasPublishedRecording, posterOf, recordingDate } from './recordings'

type Thing = Record<string, unknown>

const STATUS: Record<SnapshotSession['status'], string> = {
  scheduled: 'https://schema.org/EventScheduled',
  moved: 'https://schema.org/EventRescheduled',
  cancelled: 'https://schema.org/EventCancelled',
}

function attendanceMode(session: SnapshotSession): string {
  const hall = Object.values(session.place.hall).some(Boolean)
  if (hall && session.place.online) return 'https://schema.org/MixedEventAttendanceMode'
  return hall
    ? 'https://schema.org/OfflineEventAttendanceMode'
    : 'https://schema.org/OnlineEventAttendanceMode'
}

/** schema.org VideoObject of the session's recording, once there is one; the provider's player as embedUrl, a file as contentUrl. */
function recordedIn(session: SnapshotSession, programme: Programme, locale: Locale, site: URL): Thing {
  if (!hasPublishedRecording(session)) return {}
  const { recording } = session
  const parsed = parseVideoLink(recording.url)
  const video = parsed.ok ? parsed.video : undefined
  const thumbnail = picture(posterOf(session, programme), 'portrait')
  const description = showText(session.description.text, locale) || showText(session.lead, locale)
  return {
    recordedIn: {
      '@type': 'VideoObject',
      name: showText(session.title, locale),
      ...(description ? { description } : {}),
      uploadDate: recordingDate(session),
      ...(recording.durationMinutes ? { duration: isoDuration(recording.durationMinutes) } : {}),
      ...(video?.playback === 'iframe' ? { embedUrl: video.embedUrl, url: recording.url } : {}),
      ...(video && video.playback !== 'iframe' ? { contentUrl: video.embedUrl } : {}),
      ...(thumbnail ? { thumbnailUrl: new URL(thumbnail.src, site).href } : {}),
    },
  }
}

/** schema.org Event for a session: status, attendance mode, place, performers, organiser, edition, recording. */
export function sessionEvent(
  session: SnapshotSession,
  programme: Programme,
  locale: Locale,
  site: URL,
): Thing {
  const pageUrl = new URL(routes.session(locale, session.slug), site).href
  const edition = programme.edition(session.edition)
  // Times with the offset of the edition's zone, as the reader there sees them: 2020-04-29T16:20:00+02:00.
  const zone = programme.zoneOf(session)
  const description = showText(session.description.text, locale)
  const hall = showText(session.place.hall, locale)
  const locations: Thing[] = []
  if (hall) {
    const address = edition
      ? [showText(edition.venue, locale), showText(edition.city, locale)].filter(Boolean).join(', ')
      : ''
    locations.push({ '@type': 'Place', name: hall, ...(address ? { address } : {}) })
  }
  if (session.place.online)
    locations.push({ '@type': 'VirtualLocation', url: session.stream?.url ?? pageUrl })
  const organisers = session.partners
    .filter((link) => link.role === 'organiser' || link.role === 'co-organiser')
    .map((link) => programme.partner(link.partner))
    .filter((partner) => partner !== undefined)
    .map((partner) => ({
      '@type': 'Organization',
      name: showText(partner.name, locale),
      ...(partner.website ? { url: partner.website } : {}),
    }))
  const editionOrganisers = edition ? showText(edition.organisers, locale) : ''
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': pageUrl,
    url: pageUrl,
    name: showText(session.title, locale),
    ...(description ? { description } : {}),
    startDate: zonedIso(session.start, zone),
    endDate: zonedIso(session.end, zone),
    ...(session.status === 'moved' && session.previousStart
      ? { previousStartDate: zonedIso(session.previousStart, zone) }
      : {}),
    eventStatus: STATUS[session.status],
    eventAttendanceMode: attendanceMode(session),
    inLanguage: sessionLanguage(session),
    location: locations.length === 1 ? locations[0] : locations,
    performer: session.participants
      .map((participant) => programme.expert(participant.expert))
      .filter((expert) => expert !== undefined)
      .map((expert) => ({
        '@type': 'Person',
        name: showName(expert.name, locale)?.text ?? '',
        url: new URL(routes.expert(locale, expert.slug), site).href,
        ...(showText(expert.position, locale) ? { jobTitle: showText(expert.position, locale) } : {}),
        ...(showText(expert.organisation, locale)
          ? { worksFor: { '@type': 'Organization', name: showText(expert.organisation, locale) } }
          : {}),
      })),
    ...(organisers.length > 0
      ? { organizer: organisers }
      : editionOrganisers
        ? { organizer: { '@type': 'Organization', name: editionOrganisers } }
        : {}),
    ...(edition
      ? {
          superEvent: {
            '@type': 'Event',
            name: showText(edition.title, locale),
            startDate: edition.startDate,
            endDate: edition.endDate,
            url: new URL(routes.home(locale), site).href,
          },
        }
      : {}),
    ...recordedIn(session, programme, locale, site),
  }
}

/**
 * JSON for a <script type="application/ld+json">: `<`, `>`, `&` and the line separators
 * are escaped, so no string from the CMS can close the script element or break the page.
 */
export function serializeJsonLd(thing: Thing): string {
  return JSON.stringify(thing)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

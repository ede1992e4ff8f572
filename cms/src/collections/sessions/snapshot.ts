import type { SnapshotSession } from '@programma/shared'

import type { Session } from '../../payload-types'
import { type InLocales, optionalLocalized, requiredLocalized, rowsIn } from '../../snapshot/inLocales'
import { materialsOf } from '../../snapshot/materials'
import type { Published } from '../../snapshot/published'
import { renderRichText } from '../../snapshot/richText'
import { idOf, numberOf, publishedRef, textOf } from '../../snapshot/values'

type Video = NonNullable<SnapshotSession['stream']>
type Participant = NonNullable<Session['participants']>[number]
type SessionPartner = NonNullable<Session['partners']>[number]

function videoOf(fields: Session['stream'] | Session['recording']): Video | null {
  const url = textOf(fields?.url)
  return url ? { provider: fields?.provider ?? null, url } : null
}

function recordingOf(recording: Session['recording']): SnapshotSession['recording'] {
  const video = videoOf(recording)
  if (!video) return null
  return {
    ...video,
    durationMinutes: numberOf(recording?.durationMinutes),
    publishedAt: textOf(recording?.publishedAt),
  }
}

function participantOf(
  row: InLocales<Participant>,
  experts: Set<string>,
): SnapshotSession['participants'][number] | null {
  const expert = publishedRef(row.base.expert, experts)
  if (expert === null) return null
  return { expert, role: row.base.role, topic: optionalLocalized(row, (version) => version.topic) }
}

function partnerOf(row: SessionPartner, partners: Set<string>): SnapshotSession['partners'][number] | null {
  const partner = publishedRef(row.partner, partners)
  return partner === null ? null : { partner, role: row.role }
}

/** A published session of a published edition, in its edition's zone; references only to what is published. */
/**
 * A published session as the site reads it; `defaultLanguage` (the host's first session
 * language) stands in for a language never set.
 */
export function sessionSnapshot(
  doc: InLocales<Session>,
  published: Published,
  defaultLanguage: string,
): SnapshotSession | null {
  const { base } = doc
  const title = requiredLocalized(doc, (version) => version.title)
  const edition = idOf(base.edition)
  const timeZone = edition === null ? undefined : published.editions.get(String(edition))
  if (!title || edition === null || timeZone === undefined) return null
  return {
    id: base.id,
    slug: String(base.slug),
    edition,
    forum: publishedRef(base.forum, published.forums),
    stage: textOf(base.stage),
    title,
    lead: optionalLocalized(doc, (version) => version.lead),
    format: base.format,
    status: base.status,
    start: base.start,
    end: base.end,
    previousStart: textOf(base.previousStart),
    timeZone,
    place: {
      hall: optionalLocalized(doc, (version) => version.place?.hall),
      online: base.place?.online !== false,
    },
    participants: rowsIn(doc, (version) => version.participants).flatMap(
      (row) => participantOf(row, published.experts) ?? [],
    ),
    partners: (base.partners ?? []).flatMap((row) => partnerOf(row, published.partners) ?? []),
    audiences: base.audiences ?? [],
    topics: base.topics ?? [],
    language: base.language ?? defaultLanguage,
    description: renderRichText(doc, (version) => version.description),
    registrationUrl: textOf(base.registrationUrl),
    materials: materialsOf(
      rowsIn(doc, (version) => version.materials),
      published.media,
    ),
    stream: videoOf(base.stream),
    recording: recordingOf(base.recording),
    notRecorded: base.recording?.notRecorded === true,
    revision: numberOf(base.revision) ?? 0,
    createdAt: base.createdAt,
    updatedAt: base.updatedAt,
  }
}

import type { SnapshotForum } from '@programma/shared'

import type { Forum } from '../../payload-types'
import { type InLocales, optionalLocalized, requiredLocalized } from '../../snapshot/inLocales'
import { numberOf, publishedRef, textOf } from '../../snapshot/values'

/** A published forum of a published edition; otherwise none. */
export function forumSnapshot(doc: InLocales<Forum>, editions: Set<string>): SnapshotForum | null {
  const { base } = doc
  const title = requiredLocalized(doc, (version) => version.title)
  const edition = publishedRef(base.edition, editions)
  if (!title || edition === null) return null
  return {
    id: base.id,
    slug: String(base.slug),
    edition,
    title,
    description: optionalLocalized(doc, (version) => version.description),
    organiser: optionalLocalized(doc, (version) => version.organiser),
    colour: textOf(base.colour) ?? '#1f5fbf',
    order: numberOf(base.order) ?? 0,
    updatedAt: base.updatedAt,
  }
}

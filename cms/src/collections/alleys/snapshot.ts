import type { SnapshotAlley } from '@programma/shared'

import type { Alley } from '../../payload-types'
import { type InLocales, requiredLocalized } from '../../snapshot/inLocales'
import { numberOf, publishedRef, textOf } from '../../snapshot/values'

/** A published alley of a published edition; otherwise none. */
export function alleySnapshot(doc: InLocales<Alley>, editions: Set<string>): SnapshotAlley | null {
  const { base } = doc
  const name = requiredLocalized(doc, (version) => version.name)
  const edition = publishedRef(base.edition, editions)
  if (!name || edition === null) return null
  return {
    id: base.id,
    slug: String(base.slug),
    edition,
    name,
    kind: base.kind ?? null,
    colour: textOf(base.colour) ?? '#2b8a3e',
    order: numberOf(base.order) ?? 0,
    updatedAt: base.updatedAt,
  }
}

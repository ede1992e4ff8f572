import type { SnapshotPartner, SnapshotStand } from '@programma/shared'

import type { Partner } from '../../payload-types'
import { contactsOf } from '../../snapshot/contacts'
import { type InLocales, optionalLocalized, requiredLocalized, rowsIn } from '../../snapshot/inLocales'
import { materialsOf } from '../../snapshot/materials'
import type { Published } from '../../snapshot/published'
import { renderRichText } from '../../snapshot/richText'
import { idOf, numberOf, publishedRef, textOf } from '../../snapshot/values'

type Product = NonNullable<Partner['products']>[number]

/** A stand on a published alley, or none: a partner off the map has no stand to show. */
function standOf(stand: Partner['stand'], alleys: Set<string>): SnapshotStand | null {
  const alley = publishedRef(stand?.alley, alleys)
  const position = numberOf(stand?.position)
  if (alley === null || position === null || position < 1) return null
  return {
    alley,
    position: Math.round(position),
    number: textOf(stand?.number),
    size: stand?.size ?? 'medium',
    featured: stand?.featured === true,
  }
}

function productOf(product: InLocales<Product>): SnapshotPartner['products'][number] | null {
  const title = requiredLocalized(product, (version) => version.title)
  return title ? { title, description: optionalLocalized(product, (version) => version.description) } : null
}

/** A published partner, with the editions, images and alleys of it that are published. */
export function partnerSnapshot(doc: InLocales<Partner>, published: Published): SnapshotPartner | null {
  const { base } = doc
  const name = requiredLocalized(doc, (version) => version.name)
  if (!name) return null
  return {
    id: base.id,
    slug: String(base.slug),
    name,
    logo: publishedRef(base.logo, published.media),
    kind: base.kind,
    level: base.level ?? null,
    editions: (base.editions ?? [])
      .map(idOf)
      .filter((id): id is number => id !== null && published.editions.has(String(id))),
    description: renderRichText(doc, (version) => version.description),
    website: textOf(base.website),
    videoPresentation: textOf(base.videoPresentation),
    products: rowsIn(doc, (version) => version.products).flatMap((product) => productOf(product) ?? []),
    contacts: contactsOf(rowsIn(doc, (version) => version.contacts)),
    materials: materialsOf(
      rowsIn(doc, (version) => version.materials),
      published.media,
    ),
    stand: standOf(base.stand, published.alleys),
    updatedAt: base.updatedAt,
  }
}

import type { SnapshotExpert } from '@programma/shared'

import type { Expert } from '../../payload-types'
import { type InLocales, optionalLocalized, requiredLocalized } from '../../snapshot/inLocales'
import { renderRichText } from '../../snapshot/richText'
import { publishedRef, textOf } from '../../snapshot/values'

type Link = NonNullable<Expert['links']>[number]

function linkOf(link: Link): SnapshotExpert['links'][number] | null {
  const url = textOf(link.url)
  return url ? { label: textOf(link.label) ?? url, url } : null
}

/** A published expert; the photo only when that image is published too. */
export function expertSnapshot(doc: InLocales<Expert>, media: Set<string>): SnapshotExpert | null {
  const { base } = doc
  const name = requiredLocalized(doc, (version) => version.name)
  if (!name) return null
  return {
    id: base.id,
    slug: String(base.slug),
    name,
    photo: publishedRef(base.photo, media),
    position: optionalLocalized(doc, (version) => version.position),
    organisation: optionalLocalized(doc, (version) => version.organisation),
    city: optionalLocalized(doc, (version) => version.city),
    country: optionalLocalized(doc, (version) => version.country),
    bio: renderRichText(doc, (version) => version.bio),
    links: (base.links ?? []).flatMap((link) => linkOf(link) ?? []),
    updatedAt: base.updatedAt,
  }
}

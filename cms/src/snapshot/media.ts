import type { SnapshotMedia } from '@programma/shared'

import type { Media } from '../payload-types'
import { type InLocales, requiredLocalized } from './inLocales'
import { numberOf, textOf } from './values'

type Variant = { url?: string | null; width?: number | null; height?: number | null }

function variantsOf(sizes: Media['sizes']): SnapshotMedia['sizes'] {
  const variants: Array<[string, Variant | undefined]> = Object.entries(sizes ?? {})
  return Object.fromEntries(
    variants.flatMap(([name, size]) => {
      const url = textOf(size?.url)
      const width = numberOf(size?.width)
      const height = numberOf(size?.height)
      return url && width && height ? [[name, { url, width, height }]] : []
    }),
  )
}

/** An image of the host's upload collection, with its description in each language. */
export function mediaItem(doc: InLocales<Media>): SnapshotMedia | null {
  const { base } = doc
  const alt = requiredLocalized(doc, (version) => version.alt)
  const url = textOf(base.url)
  const filename = textOf(base.filename)
  if (!alt || !url || !filename) return null
  return {
    id: base.id,
    alt,
    url,
    filename,
    mimeType: textOf(base.mimeType) ?? 'application/octet-stream',
    width: numberOf(base.width),
    height: numberOf(base.height),
    focalX: numberOf(base.focalX),
    focalY: numberOf(base.focalY),
    sizes: variantsOf(base.sizes),
  }
}

import type { OptionalLocalizedText, SnapshotSession } from '@programma/shared'

import type { Programme } from './programme'

type Material = SnapshotSession['materials'][number]

export interface MaterialLink {
  title: OptionalLocalizedText
  href: string
}

/** Materials readers can open: a link, or an uploaded file; anything but http(s) is left out. */
export function materialLinks(materials: Material[], data: Programme): MaterialLink[] {
  return materials.flatMap((material) => {
    const href = material.url ?? data.media(material.media)?.url
    return href && /^https?:/.test(href) ? [{ title: material.title, href }] : []
  })
}

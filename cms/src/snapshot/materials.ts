import type { SnapshotSession } from '@programma/shared'

import type { Session } from '../payload-types'
import { type InLocales, requiredLocalized } from './inLocales'
import { publishedRef, textOf } from './values'

type Material = NonNullable<Session['materials']>[number]

/** Materials with a title and a published file or a link; the rest are left out. */
export function materialsOf(rows: InLocales<Material>[], media: Set<string>): SnapshotSession['materials'] {
  return rows.flatMap((row) => {
    const title = requiredLocalized(row, (version) => version.title)
    const file = publishedRef(row.base.file, media)
    const url = textOf(row.base.url)
    if (!title || (file === null && url === null)) return []
    return [{ title, url, media: file }]
  })
}

import { PARTNER_KINDS, PARTNER_LEVELS } from '@programma/shared'

import { has, localized, localizedRow, publishedCell, publishedOf, refSlug, text } from './cells'
import { editionByKey } from './references'
import type { ImportSpec } from './types'
import { list, termValue } from './values'

const REQUIRED_TRANSLATIONS = ['name']

export const partnersSpec: ImportSpec = {
  collection: 'partners',
  columns: ['slug', 'name_ru', 'name_en', 'kind', 'level', 'website', 'editions', 'published'],
  required: ['name_ru', 'kind'],
  titleColumn: 'name_ru',
  requiredTranslations: REQUIRED_TRANSLATIONS,
  toData: (row, refs, stored) => {
    const { ru, en } = localized(row, ['name'], REQUIRED_TRANSLATIONS)
    const data: Record<string, unknown> = {
      ...ru,
      slug: row.slug,
      kind: termValue('kind', row.kind ?? '', PARTNER_KINDS),
    }
    if (has(row, 'level')) data.level = row.level ? termValue('level', row.level, PARTNER_LEVELS) : null
    if (has(row, 'website')) data.website = row.website || null
    if (has(row, 'editions')) {
      data.editions = list(row.editions ?? '').map((key) => editionByKey(refs, 'editions', key).id)
    }
    return { ru: data, en, published: publishedOf(row, stored) }
  },
  toRow: ({ ru, en }, refs) => ({
    slug: text(ru.slug),
    ...localizedRow(ru, en, ['name']),
    kind: text(ru.kind),
    level: text(ru.level),
    website: text(ru.website),
    editions: ((ru.editions as unknown[] | undefined) ?? [])
      .map((edition) => refSlug(refs, 'editions', edition))
      .join('; '),
    published: publishedCell(ru),
  }),
}

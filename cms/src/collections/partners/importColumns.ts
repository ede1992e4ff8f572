import type { Vocabularies } from '@programma/shared'

import { has, localized, localizedRow, publishedCell, publishedOf, refSlug, text } from '../../imports/cells'
import { columnOf, type ImportLocales, localizedColumns } from '../../imports/locales'
import { editionByKey } from '../../imports/references'
import type { Fields, ImportSpec } from '../../imports/types'
import { list, termValue } from '../../imports/values'

const TEXT = ['name']
const REQUIRED_TRANSLATIONS = ['name']

export function partnersSpec(locales: ImportLocales, vocabularies: Vocabularies): ImportSpec {
  const name = columnOf('name', locales.base)
  return {
    collection: 'partners',
    locales,
    columns: [
      'slug',
      ...localizedColumns(TEXT, locales),
      'kind',
      'level',
      'website',
      'editions',
      'published',
    ],
    required: [name, 'kind'],
    titleColumn: name,
    requiredTranslations: REQUIRED_TRANSLATIONS,
    toData: (row, refs, stored) => {
      const { [locales.base]: base, ...translations } = localized(row, TEXT, REQUIRED_TRANSLATIONS, locales)
      const data: Fields = {
        ...base,
        slug: row.slug,
        kind: termValue('kind', row.kind ?? '', vocabularies.partnerKinds),
      }
      if (has(row, 'level'))
        data.level = row.level ? termValue('level', row.level, vocabularies.partnerLevels) : null
      if (has(row, 'website')) data.website = row.website || null
      if (has(row, 'editions')) {
        data.editions = list(row.editions ?? '').map((key) => editionByKey(refs, 'editions', key).id)
      }
      return { base: data, translations, published: publishedOf(row, stored) }
    },
    toRow: (stored, refs) => ({
      slug: text(stored.base.slug),
      ...localizedRow(stored, TEXT, locales),
      kind: text(stored.base.kind),
      level: text(stored.base.level),
      website: text(stored.base.website),
      editions: ((stored.base.editions as unknown[] | undefined) ?? [])
        .map((edition) => refSlug(refs, 'editions', edition))
        .join('; '),
      published: publishedCell(stored.base, locales),
    }),
  }
}

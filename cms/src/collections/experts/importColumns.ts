import { localized, localizedRow, publishedCell, publishedOf, text } from '../../imports/cells'
import { columnOf, type ImportLocales, localizedColumns } from '../../imports/locales'
import type { ImportSpec } from '../../imports/types'

const TEXT = ['name', 'position', 'organisation', 'city', 'country']
const REQUIRED_TRANSLATIONS = ['name']

export function expertsSpec(locales: ImportLocales): ImportSpec {
  const name = columnOf('name', locales.base)
  return {
    collection: 'experts',
    locales,
    columns: ['slug', ...localizedColumns(TEXT, locales), 'published'],
    required: [name],
    titleColumn: name,
    requiredTranslations: REQUIRED_TRANSLATIONS,
    toData: (row, _refs, stored) => {
      const { [locales.base]: base, ...translations } = localized(row, TEXT, REQUIRED_TRANSLATIONS, locales)
      return { base: { ...base, slug: row.slug }, translations, published: publishedOf(row, stored) }
    },
    toRow: (stored) => ({
      slug: text(stored.base.slug),
      ...localizedRow(stored, TEXT, locales),
      published: publishedCell(stored.base, locales),
    }),
  }
}

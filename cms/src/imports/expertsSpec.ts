import { localized, localizedRow, publishedCell, publishedOf, text } from './cells'
import type { ImportSpec } from './types'

const TEXT = ['name', 'position', 'organisation', 'city', 'country']
const REQUIRED_TRANSLATIONS = ['name']

export const expertsSpec: ImportSpec = {
  collection: 'experts',
  columns: ['slug', ...TEXT.flatMap((field) => [`${field}_ru`, `${field}_en`]), 'published'],
  required: ['name_ru'],
  titleColumn: 'name_ru',
  requiredTranslations: REQUIRED_TRANSLATIONS,
  toData: (row, _refs, stored) => {
    const { ru, en } = localized(row, TEXT, REQUIRED_TRANSLATIONS)
    return { ru: { ...ru, slug: row.slug }, en, published: publishedOf(row, stored) }
  },
  toRow: ({ ru, en }) => ({
    slug: text(ru.slug),
    ...localizedRow(ru, en, TEXT),
    published: publishedCell(ru),
  }),
}

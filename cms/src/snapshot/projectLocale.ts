import type { FlattenedField } from 'payload'

type Data = { [key: string]: unknown }

const isData = (value: unknown): value is Data =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

function rowsInLocale(fields: FlattenedField[], rows: unknown, locale: string): unknown {
  if (!Array.isArray(rows)) return rows
  return rows.map((row) => (isData(row) ? dataInLocale(fields, row, locale) : row))
}

function blocksInLocale(
  field: Extract<FlattenedField, { type: 'blocks' }>,
  rows: unknown,
  locale: string,
): unknown {
  if (!Array.isArray(rows)) return rows
  return rows.map((row) => {
    const block = isData(row) ? field.blocks.find((candidate) => candidate.slug === row.blockType) : undefined
    return block && isData(row) ? dataInLocale(block.flattenedFields, row, locale) : row
  })
}

function fieldInLocale(field: FlattenedField, value: unknown, locale: string): unknown {
  const own = 'localized' in field && field.localized && isData(value) ? value[locale] : value
  switch (field.type) {
    case 'group':
    case 'tab':
      return isData(own) ? dataInLocale(field.flattenedFields, own, locale) : own
    case 'array':
      return rowsInLocale(field.flattenedFields, own, locale)
    case 'blocks':
      return blocksInLocale(field, own, locale)
    default:
      return own
  }
}

/**
 * A document read with `locale: 'all'` as it reads in one language, without fallback: each
 * localised field (as the collection's config declares it) reduced to that language's value.
 * What Payload gives a read in that locale, from one read of every language.
 */
export function dataInLocale<T extends object>(fields: FlattenedField[], data: T, locale: string): T {
  const stored = data as Data
  const projected: Data = { ...stored }
  for (const field of fields) {
    if (field.name in stored) projected[field.name] = fieldInLocale(field, stored[field.name], locale)
  }
  return projected as T
}

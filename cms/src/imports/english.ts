import type { Doc, ImportSpec, RowData } from './types'

/** An empty English cell asks for no English of its own: none stored, or a copy of the Russian. */
function differs(value: unknown, before: unknown, russian: unknown): boolean {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).some(([key, inner]) =>
      differs(inner, (before as Doc | undefined)?.[key], (russian as Doc | undefined)?.[key]),
    )
  }
  const now = value ?? ''
  return now !== (before ?? '') && !(now === '' && before === russian)
}

/** The English fields the row changes; none means the English version is left alone. */
export function englishChanges(
  english: RowData['en'],
  stored: Doc | undefined,
  russian: Doc,
): Record<string, unknown> | undefined {
  const changes = Object.entries(english ?? {}).filter(([field, value]) =>
    differs(value, stored?.[field], russian[field]),
  )
  return changes.length > 0 ? Object.fromEntries(changes) : undefined
}

/** Payload saves English text only with the English title it requires: name it if missing. */
export function missingEnglishTitle(
  spec: ImportSpec,
  data: RowData,
  stored: Doc | undefined,
): string | undefined {
  if (!data.en) return undefined
  const missing = spec.requiredTranslations.filter((field) => !data.en?.[field] && !stored?.[field])
  if (missing.length === 0) return undefined
  const columns = missing.map((field) => `${field}_en`).join(', ')
  return `${columns}: пусто, а без него английский текст строки не сохранить — empty, and the row's English text cannot be saved without it`
}

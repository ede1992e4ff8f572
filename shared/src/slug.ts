import slugifyText from '@sindresorhus/slugify'
import transliterate from '@sindresorhus/transliterate'

const MAX_SLUG_LENGTH = 80
const MAX_STORED_SLUG_LENGTH = 120

/**
 * A URL slug from any title, Russian included: "Опыт дистанционного обучения" →
 * "opyt-distantsionnogo-obucheniya". Transliteration is the library's, not ours.
 */
export function slugify(text: string): string {
  const slug = slugifyText(text, { locale: 'ru' })
  return trimToWordBoundary(slug, MAX_SLUG_LENGTH)
}

function trimToWordBoundary(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug
  const cut = slug.slice(0, maxLength)
  const lastDash = cut.lastIndexOf('-')
  return lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut
}

export function isValidSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= MAX_STORED_SLUG_LENGTH
}

/** "slug", "slug-2", "slug-3", … — the candidates tried until one is free. */
export function numberedSlug(base: string, attempt: number): string {
  return attempt <= 1 ? base : `${base}-${attempt}`
}

/** Latin spelling of a Russian name, keeping case and spaces: "Анна Петрова" → "Anna Petrova". */
export function latinize(text: string): string {
  return transliterate(text, { locale: 'ru' } as Parameters<typeof transliterate>[1])
}

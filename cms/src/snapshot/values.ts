import { publishableText } from '../fields/publishableText'

export type Id = number | string

/** Text a reader may see, or null when there is none. */
export function textOf(value: unknown): string | null {
  const published = typeof value === 'string' ? publishableText(value) : ''
  return published !== '' ? published : null
}

export function numberOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

/** The id a relationship points to, read at depth 0 or deeper. */
export function idOf(value: Id | { id: Id } | null | undefined): Id | null {
  if (value === null || value === undefined) return null
  return typeof value === 'object' ? value.id : value
}

/** A relationship kept only when it points to something published. */
export function publishedRef(value: Id | { id: Id } | null | undefined, published: Set<string>): Id | null {
  const id = idOf(value)
  return id !== null && published.has(String(id)) ? id : null
}

export const compact = <T>(items: Array<T | null>): T[] => items.filter((item): item is T => item !== null)

export const idsOf = (items: Array<{ id: Id }>): Set<string> => new Set(items.map((item) => String(item.id)))

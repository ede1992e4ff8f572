export interface WhereSize {
  /** Field conditions (`{ title: { equals: … } }` is one), counted up to just past the limit. */
  conditions: number
  /** How deep `and` and `or` nest, counted up to just past the limit. */
  nesting: number
}

const COMBINATORS = new Set(['and', 'or'])

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/**
 * The size of a Payload `where`, as it came from a query string (where `or` past qs's array
 * limit arrives as an object with numbered keys), from JSON or from GraphQL. Counting stops
 * once either limit is passed, so a huge or deeply nested `where` costs nothing to measure.
 */
export function measureWhere(where: unknown, limits: WhereSize): WhereSize {
  const size: WhereSize = { conditions: 0, nesting: 0 }
  const walk = (node: unknown, depth: number): void => {
    if (!isObject(node)) return
    size.nesting = Math.max(size.nesting, depth)
    for (const [key, value] of Object.entries(node)) {
      if (size.conditions > limits.conditions || size.nesting > limits.nesting) return
      if (COMBINATORS.has(key.toLowerCase())) {
        for (const part of isObject(value) ? Object.values(value) : []) walk(part, depth + 1)
      } else {
        size.conditions +=
          isObject(value) && !Array.isArray(value) ? Math.max(Object.keys(value).length, 1) : 1
      }
    }
  }
  walk(where, 0)
  return size
}

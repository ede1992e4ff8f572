/** The filters of the search page, in the order they are offered. */
export const SEARCH_FILTERS = ['type', 'edition', 'forum', 'format', 'day'] as const

export interface SearchState {
  query: string
  filters: Record<string, string[]>
  sort: 'time' | null
}

/** The search as the URL holds it: ?q=…&type=session&forum=…&sort=time. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters: Record<string, string[]> = {}
  for (const name of SEARCH_FILTERS) {
    const values = params.getAll(name).filter(Boolean)
    if (values.length > 0) filters[name] = [...new Set(values)]
  }
  return { query: params.get('q') ?? '', filters, sort: params.get('sort') === 'time' ? 'time' : null }
}

/** The shareable address of a search: the same page with the state in its query string. */
export function searchUrl(path: string, state: SearchState): string {
  const params = new URLSearchParams()
  if (state.query) params.set('q', state.query)
  for (const name of SEARCH_FILTERS) for (const value of state.filters[name] ?? []) params.append(name, value)
  if (state.sort) params.set('sort', state.sort)
  const query = params.toString()
  return query ? `${path}?${query}` : path
}

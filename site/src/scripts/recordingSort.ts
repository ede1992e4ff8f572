/**
 * The recordings archive comes newest recording first; readers can switch to the order of
 * the sessions themselves. The choice is kept in the URL (?sort=date) beside the filters.
 */
export type RecordingOrder = 'newest' | 'date'

export interface Sortable {
  published: string
  start: string
}

export function orderFrom(search: string): RecordingOrder {
  return new URLSearchParams(search).get('sort') === 'date' ? 'date' : 'newest'
}

export function compareRecordings(order: RecordingOrder): (a: Sortable, b: Sortable) => number {
  return order === 'date'
    ? (a, b) => a.start.localeCompare(b.start) || a.published.localeCompare(b.published)
    : (a, b) => b.published.localeCompare(a.published) || b.start.localeCompare(a.start)
}

function sortableOf(item: HTMLElement): Sortable {
  return { published: item.dataset.published ?? '', start: item.dataset.sessionStart ?? '' }
}

function queryWith(search: string, order: RecordingOrder): string {
  const params = new URLSearchParams(search)
  if (order === 'date') params.set('sort', 'date')
  else params.delete('sort')
  const query = params.toString()
  return query ? `?${query}` : ''
}

export function enhanceRecordingSort(control: HTMLSelectElement, list: HTMLElement): void {
  function apply(order: RecordingOrder): void {
    const compare = compareRecordings(order)
    const items = [...list.children] as HTMLElement[]
    items.sort((a, b) => compare(sortableOf(a), sortableOf(b)))
    list.append(...items)
    control.value = order
  }
  control.addEventListener('change', () => {
    const order = control.value === 'date' ? 'date' : 'newest'
    history.replaceState(null, '', queryWith(location.search, order) || location.pathname)
    apply(order)
  })
  control.closest<HTMLElement>('[hidden]')?.removeAttribute('hidden')
  apply(orderFrom(location.search))
}

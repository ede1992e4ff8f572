/**
 * In-page programme filters: the facet links of a day page become toggles. Within a facet
 * any chosen value matches; across facets all must. The choice lives in the URL's query,
 * so a filtered view can be shared and survives a reload. Without JavaScript the links
 * lead to static pages of each value instead.
 */
type Selection = Map<string, Set<string>>

export function matches(item: HTMLElement, selection: Selection): boolean {
  for (const [facet, values] of selection) {
    if (values.size === 0) continue
    const own = (item.dataset[facet] ?? '').split(' ').filter(Boolean)
    if (!own.some((value) => values.has(value))) return false
  }
  return true
}

/** The chosen values of the bar's own facets; other parameters of the query belong to others. */
export function readSelection(search: string, facets: Set<string>): Selection {
  const params = new URLSearchParams(search)
  const selection: Selection = new Map()
  for (const [facet, value] of params)
    if (facets.has(facet)) selection.set(facet, new Set([...(selection.get(facet) ?? []), value]))
  return selection
}

/** The query with the bar's facets replaced by the selection: "?forum=a&sort=date", or "" when empty. */
export function selectionQuery(selection: Selection, search: string, facets: Set<string>): string {
  const params = new URLSearchParams(search)
  for (const facet of facets) params.delete(facet)
  for (const [facet, values] of selection) for (const value of values) params.append(facet, value)
  const query = params.toString()
  return query ? `?${query}` : ''
}

export function enhanceFilters(bar: HTMLElement): void {
  const links = [...bar.querySelectorAll<HTMLAnchorElement>('a[data-facet]')]
  const facets = new Set(links.map((link) => link.dataset.facet ?? ''))
  const items = [...document.querySelectorAll<HTMLElement>(bar.dataset.items ?? '.session-item')]
  const sections = [...document.querySelectorAll<HTMLElement>('[data-session-group]')]
  const status = bar.querySelector<HTMLElement>('[data-filter-status]')
  const reset = bar.querySelector<HTMLButtonElement>('[data-filter-reset]')
  const template = bar.dataset.shown ?? '{shown} / {total}'
  let selection = readSelection(location.search, facets)

  function apply(): void {
    let shown = 0
    for (const item of items) {
      const visible = matches(item, selection)
      item.hidden = !visible
      if (visible) shown += 1
    }
    for (const section of sections)
      section.hidden = !items.some((item) => !item.hidden && section.contains(item))
    for (const link of links) {
      const pressed = selection.get(link.dataset.facet ?? '')?.has(link.dataset.value ?? '') ?? false
      link.setAttribute('aria-pressed', String(pressed))
    }
    const active = [...selection.values()].some((values) => values.size > 0)
    if (status)
      status.textContent = active
        ? template.replace('{shown}', String(shown)).replace('{total}', String(items.length))
        : ''
    if (reset) reset.hidden = !active
  }

  for (const link of links) {
    link.setAttribute('role', 'button')
    // A button is pressed with Space as well as Enter.
    link.addEventListener('keydown', (event) => {
      if (event.key === ' ') {
        event.preventDefault()
        link.click()
      }
    })
    link.addEventListener('click', (event) => {
      event.preventDefault()
      const facet = link.dataset.facet ?? ''
      const value = link.dataset.value ?? ''
      const values = selection.get(facet) ?? new Set<string>()
      if (values.has(value)) values.delete(value)
      else values.add(value)
      selection.set(facet, values)
      history.replaceState(null, '', selectionQuery(selection, location.search, facets) || location.pathname)
      apply()
    })
  }
  reset?.addEventListener('click', () => {
    selection = new Map()
    history.replaceState(null, '', selectionQuery(selection, location.search, facets) || location.pathname)
    apply()
  })
  apply()
}

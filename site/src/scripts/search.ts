import { intlLocale } from '@programma/shared/locales'

import { plural } from '../lib/plural'
import { foldYo } from '../lib/searchText'
import { readSearchState, searchUrl, type SearchState, SEARCH_FILTERS } from './searchState'

export interface SearchMessages {
  loading: string
  nothing: string
  prompt: string
  failed: string
  more: string
  found: { one: string; few: string; many: string }
  filters: Record<string, string>
  kinds: Record<string, string>
}

interface PagefindResultData {
  url: string
  excerpt: string
  meta: Record<string, string | undefined>
}

interface PagefindResult {
  data: () => Promise<PagefindResultData>
}

interface Pagefind {
  init: () => Promise<void>
  options: (options: Record<string, unknown>) => Promise<void>
  filters: () => Promise<Record<string, Record<string, number>>>
  search: (
    term: string | null,
    options: { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<{ results: PagefindResult[] } | null>
}

const PAGE_SIZE = 10
const TYPING_PAUSE_MS = 80
const BUNDLE = '/pagefind/pagefind.js'
const KIND_ORDER = ['session', 'recording', 'expert', 'partner']

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const node = document.createElement(tag)
  if (text !== undefined) node.textContent = text
  if (className) node.className = className
  return node
}

/**
 * The excerpt as nodes: its text, and Pagefind's <mark> highlights — nothing else, whatever
 * the indexed text held. Parsed in an inert <template>, so nothing in it can run or load.
 */
export function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template')
  template.innerHTML = excerpt
  return [...template.content.childNodes].map((node) =>
    node.nodeName === 'MARK'
      ? element('mark', node.textContent ?? '')
      : document.createTextNode(node.textContent ?? ''),
  )
}

function pagefindFilters(state: SearchState): Record<string, unknown> {
  const filters: Record<string, unknown> = {}
  for (const [name, values] of Object.entries(state.filters))
    if (values.length > 0) filters[name] = { any: values }
  if (state.sort === 'time') filters.type = { any: ['session'] }
  return filters
}

function resultItem(data: PagefindResultData, messages: SearchMessages): HTMLLIElement {
  const item = element('li', undefined, 'search-result')
  const kinds = (data.meta.kind ?? '').split(' ').filter(Boolean)
  const badges = element('p', undefined, 'search-kinds')
  for (const kind of kinds)
    badges.append(element('span', messages.kinds[kind] ?? kind, `badge badge-${kind}`))
  const heading = element('h2')
  const link = element('a', data.meta.title ?? data.url)
  link.href = data.url
  heading.append(link)
  item.append(badges, heading)
  const facts = [data.meta.when, data.meta.forum, data.meta.format, data.meta.subtitle].filter(Boolean)
  if (facts.length > 0) item.append(element('p', facts.join(' · '), 'meta'))
  if (data.meta.status) item.append(element('p', data.meta.status, 'search-status-note'))
  const excerpt = element('p', undefined, 'search-excerpt')
  excerpt.append(...excerptNodes(data.excerpt))
  item.append(excerpt)
  return item
}

/** Fills a message's {placeholders}; values are inserted as they are, never read as patterns. */
export function fillMessage(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
}

function foundMessage(count: number, query: string, messages: SearchMessages): string {
  const template = plural(count, [messages.found.one, messages.found.few, messages.found.many])
  return fillMessage(template, { count: String(count), query })
}

/** Filter controls built from the index's own values, with their counts. */
function renderFilters(
  container: HTMLElement,
  available: Record<string, Record<string, number>>,
  state: SearchState,
  messages: SearchMessages,
  locale: string,
): void {
  container.replaceChildren()
  for (const name of SEARCH_FILTERS) {
    const values = filterValues(name, available[name] ?? {}, locale)
    if (values.length < 2) continue
    const fieldset = element('fieldset')
    fieldset.append(element('legend', messages.filters[name] ?? name))
    for (const value of values) {
      const label = element('label', undefined, 'check')
      const box = element('input')
      box.type = 'checkbox'
      box.name = name
      box.value = value
      box.checked = state.filters[name]?.includes(value) ?? false
      const text =
        name === 'type' ? (messages.kinds[value] ?? value) : name === 'day' ? dayLabel(value, locale) : value
      label.append(box, ` ${text}`)
      fieldset.append(label)
    }
    container.append(fieldset)
  }
}

/** Kinds in a fixed order, days in time order, everything else alphabetically. */
function filterValues(name: string, counts: Record<string, number>, locale: string): string[] {
  const values = Object.keys(counts)
  if (name === 'type') return KIND_ORDER.filter((kind) => values.includes(kind))
  return values.sort((a, b) => (name === 'day' ? a.localeCompare(b) : a.localeCompare(b, locale)))
}

function dayLabel(day: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
    .format(new Date(`${day}T12:00:00Z`))
    .replace(/\s*г\.$/, '')
}

function stateFromForm(form: HTMLFormElement): SearchState {
  const params = new URLSearchParams()
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value)
  return readSearchState(params)
}

/** The search page: results as the reader types, the query and filters kept in the URL. */
export async function enhanceSearch(root: Document): Promise<void> {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')
  const status = root.querySelector<HTMLElement>('[data-search-status]')
  const filterBox = root.querySelector<HTMLElement>('[data-search-filters]')
  const refine = root.querySelector<HTMLDetailsElement>('[data-search-refine]')
  const sort = root.querySelector<HTMLSelectElement>('[data-search-sort]')
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')
  if (!form || !input || !list || !status || !filterBox || !refine || !sort || !more) return
  root.querySelector('[data-search-without-script]')?.remove()
  const messages = JSON.parse(list.dataset.messages ?? '{}') as SearchMessages
  const locale = list.dataset.locale ?? root.documentElement.lang

  const ready = loadPagefind()

  let latest = 0
  let pending: PagefindResult[] = []

  async function showMore(): Promise<void> {
    const batch = pending.slice(0, PAGE_SIZE)
    pending = pending.slice(PAGE_SIZE)
    const items = await Promise.all(batch.map(async (result) => resultItem(await result.data(), messages)))
    list?.append(...items)
    if (more) more.hidden = pending.length === 0
  }

  async function run(state: SearchState): Promise<void> {
    const request = ++latest
    const pagefind = await ready
    if (request !== latest) return
    if (!pagefind) {
      if (status) status.textContent = messages.failed
      return
    }
    const query = state.query.trim()
    if (!query) {
      list?.replaceChildren()
      pending = []
      if (more) more.hidden = true
      if (status) status.textContent = messages.prompt
      return
    }
    const found = await pagefind.search(foldYo(query), {
      filters: pagefindFilters(state),
      ...(state.sort === 'time' ? { sort: { start: 'asc' as const } } : {}),
    })
    if (request !== latest || !found) return
    pending = found.results
    list?.replaceChildren()
    await showMore()
    if (request !== latest || !status) return
    status.textContent =
      found.results.length === 0
        ? fillMessage(messages.nothing, { query })
        : foundMessage(found.results.length, query, messages)
  }

  function apply(state: SearchState, history: 'push' | 'replace' | 'none'): void {
    const url = searchUrl(location.pathname, state)
    if (history === 'push' && url !== location.pathname + location.search)
      window.history.pushState(null, '', url)
    if (history === 'replace') window.history.replaceState(null, '', url)
    void run(state)
  }

  function fillForm(state: SearchState): void {
    if (!input || !sort || !filterBox) return
    input.value = state.query
    sort.value = state.sort ?? ''
    for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))
      box.checked = state.filters[box.name]?.includes(box.value) ?? false
  }

  let typing: ReturnType<typeof setTimeout> | undefined
  input.addEventListener('input', () => {
    clearTimeout(typing)
    typing = setTimeout(() => apply(stateFromForm(form), 'replace'), TYPING_PAUSE_MS)
  })
  form.addEventListener('change', (event) => {
    if (event.target !== input) apply(stateFromForm(form), 'push')
  })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    clearTimeout(typing)
    apply(stateFromForm(form), 'push')
  })
  more.addEventListener('click', () => void showMore())
  window.addEventListener('popstate', () => {
    const state = readSearchState(new URLSearchParams(location.search))
    fillForm(state)
    void run(state)
  })

  // What the reader typed while the index was loading wins over the address it arrived with.
  const arrived = readSearchState(new URLSearchParams(location.search))
  const initial = input.value && input.value !== arrived.query ? stateFromForm(form) : arrived
  fillForm(initial)
  void run(initial)
  const pagefind = await ready
  if (!pagefind) return
  renderFilters(
    filterBox,
    await pagefind.filters(),
    readSearchState(new URLSearchParams(location.search)),
    messages,
    locale,
  )
  refine.open = window.matchMedia('(min-width: 64rem)').matches
  refine.hidden = false
}

/** Pagefind's own bundle, written next to the pages by the build; null when it cannot load. */
async function loadPagefind(): Promise<Pagefind | null> {
  try {
    const pagefind = (await import(/* @vite-ignore */ BUNDLE)) as Pagefind
    await pagefind.options({ excerptLength: 24 })
    await pagefind.init()
    return pagefind
  } catch {
    return null
  }
}

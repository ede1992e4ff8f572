import { refreshClock } from './clock'
import { enhanceFavourites, readFavourites } from './favourites'

interface IndexEntry {
  slug: string
  title: { ru: string; en: string | null }
  start: string
  end: string
  status: 'scheduled' | 'moved' | 'cancelled'
  url: { ru: string; en: string }
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attributes: Record<string, string> = {},
) {
  const node = document.createElement(tag)
  if (text !== undefined) node.textContent = text
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value)
  return node
}

/** The starred sessions, in time order, built from the site's session index. */
export async function renderMyProgramme(container: HTMLElement): Promise<void> {
  const locale = container.dataset.locale === 'en' ? 'en' : 'ru'
  const favourites = new Set(readFavourites())
  const response = await fetch('/programme-index.json')
  const index = (await response.json()) as IndexEntry[]
  const chosen = index
    .filter((entry) => favourites.has(entry.slug))
    .sort((a, b) => a.start.localeCompare(b.start))
  container.replaceChildren()
  if (chosen.length === 0) {
    container.append(element('p', container.dataset.empty ?? ''))
    return
  }
  const list = element('ul', undefined, { class: 'session-list' })
  for (const entry of chosen) {
    const item = element('li', undefined, {
      class: 'session-item with-date',
      'data-session': entry.slug,
      'data-start': entry.start,
      'data-end': entry.end,
    })
    const when = element('p', undefined, { class: 'meta' })
    when.append(
      element('time', '', { datetime: entry.start, 'data-show': 'date' }),
      ', ',
      element('time', '', { datetime: entry.start, 'data-show': 'time' }),
      '–',
      element('time', '', { datetime: entry.end, 'data-show': 'time' }),
    )
    const body = element('div')
    const heading = element('h3')
    const link = element('a', entry.title[locale] ?? entry.title.ru, {
      href: entry.url[locale],
      'data-session-title': '',
    })
    heading.append(link)
    if (entry.status !== 'scheduled') {
      heading.append(
        ' ',
        element('span', container.dataset[entry.status] ?? '', { class: `badge ${entry.status}` }),
      )
    }
    body.append(heading)
    item.append(when, body)
    list.append(item)
  }
  container.append(list)
  enhanceFavourites(document)
  refreshClock(document)
}

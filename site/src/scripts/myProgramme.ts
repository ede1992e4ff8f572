import { type TextByLocale, textWithLanguage } from '@programma/shared/locales'

import { refreshClock } from './clock'
import { enhanceFavourites, readFavourites, upgradeFavourites, writeFavourites } from './favourites'
import { mergeCalendars } from './mergeCalendars'
import { sharedIds, shareImport, shareUrl } from './shareLink'

interface IndexEntry {
  id: string
  slug: string
  title: TextByLocale
  start: string
  end: string
  /** The zone of the session's edition, in which its times are shown. */
  timeZone: string
  status: 'scheduled' | 'moved' | 'cancelled'
  url: Record<string, string>
}

/** The page's language, as the container says. */
function localeOf(container: HTMLElement): string {
  return container.dataset.locale ?? document.documentElement.lang
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
export async function renderMyProgramme(container: HTMLElement, index?: IndexEntry[]): Promise<void> {
  const locale = localeOf(container)
  index ??= await loadIndex()
  const favourites = new Set(upgradeFavourites(idsBySlug(index)))
  const chosen = index
    .filter((entry) => favourites.has(entry.id))
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
      'data-session-id': entry.id,
      'data-start': entry.start,
      'data-end': entry.end,
      'data-time-zone': entry.timeZone,
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
    const title = textWithLanguage(entry.title, locale)
    const link = element('a', title?.text ?? entry.slug, {
      href: entry.url[locale] ?? '#',
      lang: title?.lang ?? locale,
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

async function loadIndex(): Promise<IndexEntry[]> {
  const response = await fetch('/programme-index.json')
  return (await response.json()) as IndexEntry[]
}

function idsBySlug(index: IndexEntry[]): Map<string, string> {
  return new Map(index.map((entry) => [entry.slug, entry.id]))
}

/** The ids among `ids` that are published, in their order: a shared link may name sessions since removed. */
function publishedIds(ids: string[], index: IndexEntry[]): string[] {
  const known = new Set(index.map((entry) => entry.id))
  return ids.filter((id) => known.has(id))
}

/** Each session's calendar file is named by its current slug. */
function slugsFor(ids: string[], index: IndexEntry[]): string[] {
  const byId = new Map(index.map((entry) => [entry.id, entry.slug]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/**
 * The favourites as one .ics: the site's per-session files merged, in time order. `feed`
 * is the address of one session's file in the page's language, "{slug}" in place of the slug.
 */
export async function myCalendar(slugs: string[], feed: string, name: string): Promise<string> {
  const files = await Promise.all(
    slugs.map(async (slug) => (await fetch(feed.replace('{slug}', encodeURIComponent(slug)))).text()),
  )
  return mergeCalendars(files, name)
}

function download(text: string, filename: string): void {
  const link = document.createElement('a')
  link.href = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }))
  link.download = filename
  link.click()
  setTimeout(() => URL.revokeObjectURL(link.href), 1000)
}

function forgetSharedLink(): void {
  history.replaceState(null, '', location.pathname)
}

/** A shared link's sessions: taken at once into an empty programme, otherwise only after asking. */
function offerImport(panel: HTMLElement, shared: string[], done: () => void): void {
  const decision = shareImport(readFavourites(), shared)
  if (decision === 'nothing') return forgetSharedLink()
  if (decision === 'take') {
    writeFavourites(shared)
    return forgetSharedLink()
  }
  const text = panel.querySelector('[data-my-import-text]')
  if (text) text.textContent = (panel.dataset.template ?? '').replace('{count}', String(shared.length))
  panel.hidden = false
  const choose = (ids: string[] | null) => () => {
    if (ids) writeFavourites(ids)
    panel.hidden = true
    forgetSharedLink()
    done()
  }
  panel
    .querySelector('[data-my-import-add]')
    ?.addEventListener('click', choose([...readFavourites(), ...shared]))
  panel.querySelector('[data-my-import-replace]')?.addEventListener('click', choose(shared))
  panel.querySelector('[data-my-import-ignore]')?.addEventListener('click', choose(null))
}

function showTools(tools: HTMLElement, index: IndexEntry[]): void {
  const favourites = publishedIds(upgradeFavourites(idsBySlug(index)), index)
  tools.hidden = favourites.length === 0
  const share = tools.querySelector<HTMLInputElement>('[data-my-share]')
  if (share) share.value = shareUrl(new URL(location.href), favourites)
  const downloadButton = tools.querySelector<HTMLButtonElement>('[data-my-download]')
  if (downloadButton) {
    downloadButton.onclick = async () => {
      download(
        await myCalendar(
          slugsFor(readFavourites(), index),
          tools.dataset.calendarFeed ?? '',
          tools.dataset.calendarName ?? '',
        ),
        'my-programme.ics',
      )
    }
  }
  const copy = tools.querySelector<HTMLButtonElement>('[data-my-copy]')
  const copied = tools.querySelector('[data-my-copied]')
  if (copy && share) {
    copy.onclick = async () => {
      await navigator.clipboard.writeText(share.value)
      if (copied) copied.textContent = tools.dataset.copied ?? ''
    }
  }
}

/** The "my programme" page: a shared link's sessions, the list, the .ics download and the share link. */
export async function startMyProgramme(container: HTMLElement, tools: HTMLElement, importPanel: HTMLElement) {
  const index = await loadIndex()
  const render = () => {
    void renderMyProgramme(container, index)
    showTools(tools, index)
  }
  upgradeFavourites(idsBySlug(index))
  offerImport(importPanel, publishedIds(sharedIds(location.search), index), render)
  render()
  document.addEventListener('click', (event) => {
    if ((event.target as Element | null)?.closest('.star')) showTools(tools, index)
  })
}

import { type TextByLocale, textWithLanguage } from '@programma/shared/locales'

import { liveState } from './clock'

interface IndexEntry {
  slug: string
  title: TextByLocale
  start: string
  end: string
  status: string
  url: Record<string, string>
}

const DAY = 24 * 60 * 60_000

/** What is on air now and what starts next (within a day), from the site's session index. */
export function onAirNow(index: IndexEntry[], now: number): { live: IndexEntry[]; next: IndexEntry[] } {
  const running = index.filter((entry) => entry.status !== 'cancelled')
  const states = liveState(running, now)
  return {
    live: running.filter((_, position) => states[position] === 'now'),
    next: running.filter(
      (entry, position) => states[position] === 'next' && Date.parse(entry.start) - now < DAY,
    ),
  }
}

/** A live session leads straight to its player; one still to come, to its page. */
export function onAirHref(entry: IndexEntry, locale: string, live: boolean): string {
  const page = entry.url[locale] ?? '#'
  return live ? `${page}#player` : page
}

function list(entries: IndexEntry[], locale: string, heading: string, live: boolean): HTMLElement {
  const section = document.createElement('div')
  const title = document.createElement('h3')
  title.textContent = heading
  const items = document.createElement('ul')
  for (const entry of entries) {
    const item = document.createElement('li')
    const link = document.createElement('a')
    link.href = onAirHref(entry, locale, live)
    const title = textWithLanguage(entry.title, locale)
    link.textContent = title?.text ?? entry.slug
    if (title) link.lang = title.lang
    item.append(link)
    items.append(item)
  }
  section.append(title, items)
  return section
}

/** Fills the home page's "on air" block during the forum; it stays hidden otherwise. */
export async function showOnAir(container: HTMLElement): Promise<void> {
  const locale = container.dataset.locale ?? document.documentElement.lang
  const index = (await (await fetch('/programme-index.json')).json()) as IndexEntry[]
  const { live, next } = onAirNow(index, Date.now())
  if (live.length === 0 && next.length === 0) return
  const target = container.querySelector('[data-on-air-list]')
  if (live.length > 0) target?.append(list(live, locale, container.dataset.now ?? '', true))
  if (next.length > 0) target?.append(list(next, locale, container.dataset.next ?? '', false))
  container.hidden = false
}

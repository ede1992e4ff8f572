import { intlLocale, type TextByLocale, textWithLanguage } from '@programma/shared/locales'
import { routes } from '@programma/shared/routes'

import { readFavourites, writeFavourites } from './favourites'
import { drawRoute } from './routeMap'
import { ROUTE_CHANGE } from './routeButtons'
import {
  keepKnown,
  moveStop,
  readRoute,
  removeStop,
  routeShareUrl,
  sameRoute,
  type Stop,
  stopsFromSearch,
  writeRoute,
} from './route'

type Locale = string

interface StandEntry {
  id: string
  name: TextByLocale
  number: string | null
  url: Record<Locale, string>
}

interface SessionEntry {
  id: string
  slug: string
  title: TextByLocale
  start: string
  /** The zone of the session's edition, in which its time is shown. */
  timeZone: string
  url: Record<Locale, string>
}

interface Catalogue {
  stands: Map<string, StandEntry>
  sessions: Map<string, SessionEntry>
}

async function loadCatalogue(): Promise<Catalogue> {
  const [stands, sessions] = await Promise.all([
    fetch(routes.exhibitionIndex()).then((response) => response.json() as Promise<StandEntry[]>),
    fetch('/programme-index.json').then((response) => response.json() as Promise<SessionEntry[]>),
  ])
  return {
    stands: new Map(stands.map((entry) => [entry.id, entry])),
    sessions: new Map(sessions.map((entry) => [entry.id, entry])),
  }
}

function known(catalogue: Catalogue) {
  return { stand: new Set(catalogue.stands.keys()), session: new Set(catalogue.sessions.keys()) }
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

function stopLink(stop: Stop, catalogue: Catalogue, locale: Locale): HTMLElement {
  if (stop.kind === 'stand') {
    const stand = catalogue.stands.get(stop.id)
    const name = stand ? textWithLanguage(stand.name, locale) : null
    return element('a', [stand?.number, name?.text ?? stop.id].filter(Boolean).join(' '), {
      href: stand?.url[locale] ?? '#',
      lang: name?.lang ?? locale,
    })
  }
  const session = catalogue.sessions.get(stop.id)
  const title = session ? textWithLanguage(session.title, locale) : null
  const link = element('a', title?.text ?? stop.id, {
    href: session?.url[locale] ?? '#',
    lang: title?.lang ?? locale,
  })
  if (!session) return link
  const when = new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: session.timeZone,
  }).format(new Date(session.start))
  const wrapper = element('span')
  wrapper.append(link, element('span', ` · ${when}`, { class: 'meta' }))
  return wrapper
}

function stopButton(label: string, name: string, action: string, disabled: boolean): HTMLButtonElement {
  const button = element('button', label, {
    type: 'button',
    'aria-label': `${label}: ${name}`,
    'data-action': action,
  })
  button.disabled = disabled
  return button
}

/** The route's stops in order, each with its way up, down and out. */
function renderList(panel: HTMLElement, stops: Stop[], catalogue: Catalogue, locale: Locale): void {
  const list = panel.querySelector<HTMLOListElement>('[data-route-list]')
  if (!list) return
  const texts = panel.dataset
  list.replaceChildren(
    ...stops.map((stop, index) => {
      const item = element('li', undefined, {
        class: `route-stop is-${stop.kind}`,
        'data-index': String(index),
      })
      const link = stopLink(stop, catalogue, locale)
      const name = link.textContent ?? ''
      const kind = element('span', stop.kind === 'stand' ? texts.standLabel : texts.sessionLabel, {
        class: 'route-kind',
      })
      const actions = element('span', undefined, { class: 'route-actions' })
      actions.append(
        stopButton(texts.up ?? '↑', name, 'up', index === 0),
        stopButton(texts.down ?? '↓', name, 'down', index === stops.length - 1),
        stopButton(texts.remove ?? '×', name, 'remove', false),
      )
      item.append(kind, link, actions)
      return item
    }),
  )
}

function renderTools(panel: HTMLElement, stops: Stop[]): void {
  const tools = panel.querySelector<HTMLElement>('[data-route-tools]')
  const empty = panel.querySelector<HTMLElement>('[data-route-empty]')
  const share = panel.querySelector<HTMLInputElement>('[data-route-share]')
  if (tools) tools.hidden = stops.length === 0
  if (empty) empty.hidden = stops.length > 0
  if (share) share.value = routeShareUrl(new URL(location.href), stops)
}

/** The sessions of a route taken from a link are starred, as if added here. */
function starSessions(stops: Stop[], catalogue: Catalogue): void {
  const ids = stops.flatMap((stop) =>
    stop.kind === 'session' && catalogue.sessions.has(stop.id) ? [stop.id] : [],
  )
  if (ids.length > 0) writeFavourites([...readFavourites(), ...ids])
}

function forgetSharedLink(): void {
  history.replaceState(null, '', location.pathname + location.hash)
}

/** A shared route: taken at once when there is none of one's own, otherwise only after asking. */
function offerShared(panel: HTMLElement, shared: Stop[], catalogue: Catalogue, done: () => void): void {
  const mine = readRoute()
  if (shared.length === 0 || sameRoute(mine, shared)) return forgetSharedLink()
  const take = () => {
    writeRoute(shared)
    starSessions(shared, catalogue)
    forgetSharedLink()
    done()
  }
  if (mine.length === 0) return take()
  const box = panel.querySelector<HTMLElement>('[data-route-shared]')
  const text = panel.querySelector('[data-route-shared-text]')
  if (!box || !text) return
  text.textContent = (panel.dataset.sharedTemplate ?? '').replace('{count}', String(shared.length))
  box.hidden = false
  const close = () => {
    box.hidden = true
    forgetSharedLink()
    done()
  }
  box.querySelector('[data-route-replace]')?.addEventListener('click', () => {
    take()
    close()
  })
  box.querySelector('[data-route-keep]')?.addEventListener('click', close)
}

function handleActions(panel: HTMLElement, update: () => void): void {
  panel.querySelector('[data-route-list]')?.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-action]')
    const index = Number(button?.closest<HTMLElement>('[data-index]')?.dataset.index)
    if (!button || !Number.isInteger(index)) return
    const action = button.dataset.action
    const route = readRoute()
    const next =
      action === 'up'
        ? moveStop(route, index, -1)
        : action === 'down'
          ? moveStop(route, index, 1)
          : removeStop(route, index)
    writeRoute(next)
    update()
    document.dispatchEvent(new CustomEvent(ROUTE_CHANGE))
    // Keyboard users keep their place: the same button on the stop's new row, or the list.
    const moved =
      action === 'up' ? index - 1 : action === 'down' ? index + 1 : Math.min(index, next.length - 1)
    const target = panel.querySelector<HTMLButtonElement>(
      `[data-index="${moved}"] button[data-action="${action === 'remove' ? 'remove' : action}"]:not(:disabled)`,
    )
    ;(
      target ??
      panel.querySelector<HTMLElement>(`[data-index="${moved}"] a`) ??
      panel.querySelector<HTMLElement>('h2')
    )?.focus()
  })
}

function handleCopy(panel: HTMLElement): void {
  const copy = panel.querySelector<HTMLButtonElement>('[data-route-copy]')
  const share = panel.querySelector<HTMLInputElement>('[data-route-share]')
  const copied = panel.querySelector('[data-route-copied]')
  copy?.addEventListener('click', async () => {
    if (!share) return
    await navigator.clipboard.writeText(share.value)
    if (copied) copied.textContent = panel.dataset.copied ?? ''
  })
}

/** The route panel of the exhibition page, and the route drawn on its map. */
export async function startRoutePlanner(panel: HTMLElement, map: SVGSVGElement | null): Promise<void> {
  const locale: Locale = panel.dataset.locale ?? document.documentElement.lang
  panel.querySelector<HTMLElement>('[data-route-needs-js]')?.setAttribute('hidden', '')
  const catalogue = await loadCatalogue()
  const update = () => {
    const stops = keepKnown(readRoute(), known(catalogue))
    if (!sameRoute(stops, readRoute())) writeRoute(stops)
    renderList(panel, stops, catalogue, locale)
    renderTools(panel, stops)
    if (map) drawRoute(map, stops)
  }
  offerShared(panel, keepKnown(stopsFromSearch(location.search), known(catalogue)), catalogue, () => {
    update()
    document.dispatchEvent(new CustomEvent(ROUTE_CHANGE))
  })
  handleActions(panel, update)
  handleCopy(panel)
  document.addEventListener(ROUTE_CHANGE, update)
  update()
  document.dispatchEvent(new CustomEvent(ROUTE_CHANGE))
}

/**
 * Starred sessions, kept in the browser: the reader's own programme. Sessions are kept by id,
 * which never changes, so a star survives a session's new title and slug.
 */
const FAVOURITES_KEY = 'programma:favourites'
/** Sent on the document when something other than a star changes the favourites. */
export const FAVOURITES_CHANGE = 'programma:favourites-change'

export function readFavourites(storage: Storage = localStorage): string[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(FAVOURITES_KEY) ?? '[]')
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
  } catch {
    return []
  }
}

export function writeFavourites(ids: string[], storage: Storage = localStorage): void {
  storage.setItem(FAVOURITES_KEY, JSON.stringify([...new Set(ids)]))
}

export function toggleFavourite(id: string, storage: Storage = localStorage): boolean {
  const favourites = new Set(readFavourites(storage))
  const added = !favourites.has(id)
  if (added) favourites.add(id)
  else favourites.delete(id)
  storage.setItem(FAVOURITES_KEY, JSON.stringify([...favourites]))
  return added
}

/**
 * Stars saved before they were kept by id name sessions by slug: each slug the page knows
 * (`idsBySlug`) becomes its session's id. Returns the favourites as they are afterwards.
 */
export function upgradeFavourites(idsBySlug: Map<string, string>, storage: Storage = localStorage): string[] {
  const stored = readFavourites(storage)
  const ids = new Set(idsBySlug.values())
  const upgraded = stored.map((value) => (ids.has(value) ? value : (idsBySlug.get(value) ?? value)))
  if (upgraded.some((value, index) => value !== stored[index])) writeFavourites(upgraded, storage)
  return readFavourites(storage)
}

function starButton(root: Document, id: string, title: string): HTMLButtonElement {
  const button = root.createElement('button')
  button.type = 'button'
  button.className = 'star'
  const render = () => {
    const on = readFavourites().includes(id)
    button.setAttribute('aria-pressed', String(on))
    button.setAttribute(
      'aria-label',
      `${(on ? root.body.dataset.removeFavourite : root.body.dataset.addFavourite) ?? ''}: ${title}`,
    )
    button.textContent = on ? '★' : '☆'
  }
  button.addEventListener('click', () => {
    toggleFavourite(id)
    render()
  })
  root.addEventListener(FAVOURITES_CHANGE, render)
  render()
  return button
}

/** A star on every session of the page (`data-session-id`, its slug in `data-session`). */
export function enhanceFavourites(root: Document): void {
  const items = [...root.querySelectorAll<HTMLElement>('[data-session-id]:not([data-starred])')]
  upgradeFavourites(
    new Map(
      items.flatMap(({ dataset }) =>
        dataset.session && dataset.sessionId ? [[dataset.session, dataset.sessionId]] : [],
      ),
    ),
  )
  for (const item of items) {
    const id = item.dataset.sessionId
    const heading = item.querySelector('h1, h3')
    if (!id || !heading) continue
    item.dataset.starred = ''
    const title =
      item.querySelector('[data-session-title]')?.textContent?.trim() ?? heading.textContent?.trim() ?? id
    heading.append(' ', starButton(root, id, title))
  }
}

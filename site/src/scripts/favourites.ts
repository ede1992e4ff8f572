/** Starred sessions, kept in the browser: the reader's own programme. */
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

export function writeFavourites(slugs: string[], storage: Storage = localStorage): void {
  storage.setItem(FAVOURITES_KEY, JSON.stringify([...new Set(slugs)]))
}

export function toggleFavourite(slug: string, storage: Storage = localStorage): boolean {
  const favourites = new Set(readFavourites(storage))
  const added = !favourites.has(slug)
  if (added) favourites.add(slug)
  else favourites.delete(slug)
  storage.setItem(FAVOURITES_KEY, JSON.stringify([...favourites]))
  return added
}

function starButton(root: Document, slug: string, title: string): HTMLButtonElement {
  const button = root.createElement('button')
  button.type = 'button'
  button.className = 'star'
  const render = () => {
    const on = readFavourites().includes(slug)
    button.setAttribute('aria-pressed', String(on))
    button.setAttribute(
      'aria-label',
      `${(on ? root.body.dataset.removeFavourite : root.body.dataset.addFavourite) ?? ''}: ${title}`,
    )
    button.textContent = on ? '★' : '☆'
  }
  button.addEventListener('click', () => {
    toggleFavourite(slug)
    render()
  })
  root.addEventListener(FAVOURITES_CHANGE, render)
  render()
  return button
}

export function enhanceFavourites(root: Document): void {
  for (const item of root.querySelectorAll<HTMLElement>('[data-session]:not([data-starred])')) {
    const slug = item.dataset.session
    const heading = item.querySelector('h1, h3')
    if (!slug || !heading) continue
    item.dataset.starred = ''
    const title =
      item.querySelector('[data-session-title]')?.textContent?.trim() ?? heading.textContent?.trim() ?? slug
    heading.append(' ', starButton(root, slug, title))
  }
}

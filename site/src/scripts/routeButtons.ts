import { FAVOURITES_CHANGE, readFavourites, writeFavourites } from './favourites'
import { hasStop, readRoute, type Stop, toggleStop, writeRoute } from './route'

/** Sent on the document whenever the route changes, so the panel and the map follow. */
export const ROUTE_CHANGE = 'programma:route-change'

interface ButtonTexts {
  add: string
  added: string
  addLabel: string
  removeLabel: string
}

function textsOf(root: Document): ButtonTexts {
  const source = root.querySelector<HTMLElement>('[data-route-texts]')?.dataset ?? {}
  return {
    add: source.add ?? '+',
    added: source.added ?? '✓',
    addLabel: source.addLabel ?? '',
    removeLabel: source.removeLabel ?? '',
  }
}

function stopOf(slot: HTMLElement): Stop | null {
  const { routeKind, routeId } = slot.dataset
  if ((routeKind !== 'stand' && routeKind !== 'session') || !routeId) return null
  return { kind: routeKind, id: routeId }
}

/** A session taken into the route is starred too, so "my programme" exports it with the rest. */
function starSession(slot: HTMLElement): void {
  const id = slot.dataset.routeId
  if (!id || readFavourites().includes(id)) return
  writeFavourites([...readFavourites(), id])
  document.dispatchEvent(new CustomEvent(FAVOURITES_CHANGE))
}

function render(button: HTMLButtonElement, stop: Stop, name: string, texts: ButtonTexts): void {
  const on = hasStop(readRoute(), stop)
  button.setAttribute('aria-pressed', String(on))
  button.setAttribute('aria-label', `${on ? texts.removeLabel : texts.addLabel}: ${name}`)
  button.textContent = on ? `✓ ${texts.added}` : `+ ${texts.add}`
}

/** Turns every route slot on the page into an add/remove toggle. */
export function enhanceRouteButtons(root: Document): void {
  const texts = textsOf(root)
  for (const slot of root.querySelectorAll<HTMLElement>('[data-route-slot]:not([data-enhanced])')) {
    const stop = stopOf(slot)
    if (!stop) continue
    slot.dataset.enhanced = ''
    const name = slot.dataset.routeName ?? ''
    const button = root.createElement('button')
    button.type = 'button'
    button.className = 'route-toggle'
    button.addEventListener('click', () => {
      const route = toggleStop(readRoute(), stop)
      writeRoute(route)
      if (stop.kind === 'session' && hasStop(route, stop)) starSession(slot)
      root.dispatchEvent(new CustomEvent(ROUTE_CHANGE))
    })
    root.addEventListener(ROUTE_CHANGE, () => render(button, stop, name, texts))
    render(button, stop, name, texts)
    slot.append(button)
  }
}

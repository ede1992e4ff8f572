/**
 * The map follows the list: a stand the in-page filter hides from the list is faded on
 * the map, so both views always show the same selection.
 */
export function mirrorListOnMap(map: SVGSVGElement, list: HTMLElement): void {
  const apply = () => {
    for (const item of list.querySelectorAll<HTMLElement>('[data-stand-item]')) {
      const slug = item.id.replace(/^list-/, '')
      map.querySelector(`[data-stand="${CSS.escape(slug)}"]`)?.classList.toggle('is-faded', item.hidden)
    }
  }
  new MutationObserver(apply).observe(list, { attributes: true, attributeFilter: ['hidden'], subtree: true })
  apply()
}

/** A link to "#stand-…" opens the map with that stand in focus, ready for Enter or Tab. */
export function focusStandFromHash(map: SVGSVGElement): void {
  const id = decodeURIComponent(location.hash.slice(1))
  if (!id.startsWith('stand-')) return
  const stand = map.querySelector<SVGAElement>(`#${CSS.escape(id)}`)
  stand?.focus()
}

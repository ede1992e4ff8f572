import { intlLocale } from '@programma/shared/locales'
import { utcOffset } from '@programma/shared/zones'

/**
 * Times on the page follow the reader's choice: the programme's own clock (the zone of
 * each time's edition, as printed) or the reader's zone, remembered in the browser.
 * Sessions on now and next are marked while the programme runs.
 */
const ZONE_KEY = 'programma:time-zone'

/** The zone a time was printed in: its own, its list's, or the page's (the body's data-time-zone). */
export function printedZone(element: Element): string {
  return element.closest<HTMLElement>('[data-time-zone]')?.dataset.timeZone || 'UTC'
}

export function formatShown(iso: string, show: string, timeZone: string, locale: string): string {
  const date = new Date(iso)
  if (show === 'date') {
    return new Intl.DateTimeFormat(locale, { timeZone, day: 'numeric', month: 'long', year: 'numeric' })
      .format(date)
      .replace(/\s*г\.$/, '')
  }
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date)
}

/** The reader's own zone, named by its place and offset: "America/New York (UTC−4)". */
export function zoneLabel(timeZone: string, at: Date = new Date()): string {
  return `${timeZone.replace(/_/g, ' ')} (${utcOffset(timeZone, at)})`
}

/** The moment of the times a zone label stands beside: its offset then, summer or winter; now when there are none. */
function timeNear(label: Element): Date {
  const time = label.closest('p, dd, li')?.querySelector<HTMLTimeElement>('time[datetime]')
  const at = time ? new Date(time.dateTime) : new Date()
  return Number.isNaN(at.getTime()) ? new Date() : at
}

/** Which items are on air at `now`, and which start next (the earliest start still ahead). */
export function liveState(
  items: Array<{ start: string; end: string }>,
  now: number,
): Array<'now' | 'next' | null> {
  const upcoming = items.map((item) => Date.parse(item.start)).filter((start) => start > now)
  const nextStart = upcoming.length > 0 ? Math.min(...upcoming) : undefined
  return items.map((item) => {
    const start = Date.parse(item.start)
    if (start <= now && now < Date.parse(item.end)) return 'now'
    return start === nextStart ? 'next' : null
  })
}

function markLive(root: Document): void {
  const items = [...root.querySelectorAll<HTMLElement>('.session-item[data-start]')]
  const states = liveState(
    items.map((item) => ({ start: item.dataset.start ?? '', end: item.dataset.end ?? '' })),
    Date.now(),
  )
  items.forEach((item, index) => {
    const mark = item.querySelector<HTMLElement>('[data-live-mark]')
    const state = states[index]
    item.classList.toggle('is-now', state === 'now')
    item.classList.toggle('is-next', state === 'next')
    if (!mark) return
    mark.hidden = state === null
    mark.textContent =
      state === 'now' ? (root.body.dataset.now ?? '') : state === 'next' ? (root.body.dataset.next ?? '') : ''
  })
}

let rerender: (() => void) | undefined

/** Re-applies the reader's time zone and the live marks to content added after load. */
export function refreshClock(root: Document): void {
  rerender?.()
  markLive(root)
}

export function enhanceClock(root: Document): void {
  const readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone
  const locale = intlLocale(root.documentElement.lang)
  const pageZone = root.body.dataset.timeZone
  const toggles = [...root.querySelectorAll<HTMLButtonElement>('[data-zone-toggle]')]
  let local = localStorage.getItem(ZONE_KEY) === 'local'

  function render(): void {
    for (const time of root.querySelectorAll<HTMLTimeElement>('time[data-show]')) {
      const zone = local ? readerZone : printedZone(time)
      time.textContent = formatShown(time.dateTime, time.dataset.show ?? 'time', zone, locale)
    }
    for (const label of root.querySelectorAll<HTMLElement>('[data-zone-label]')) {
      // The label as printed names the programme's zone; it is kept to come back to.
      label.dataset.printed ??= label.textContent ?? ''
      label.textContent = local ? zoneLabel(readerZone, timeNear(label)) : label.dataset.printed
    }
    for (const toggle of toggles) {
      toggle.hidden = readerZone === pageZone && !local
      toggle.setAttribute('aria-pressed', String(local))
      toggle.textContent = (local ? root.body.dataset.showForum : root.body.dataset.showLocal) ?? ''
    }
  }

  for (const toggle of toggles) {
    toggle.addEventListener('click', () => {
      local = !local
      localStorage.setItem(ZONE_KEY, local ? 'local' : 'forum')
      render()
    })
  }
  rerender = render
  render()
  markLive(root)
  setInterval(() => markLive(root), 60_000)
}

/**
 * Times on the page follow the reader's choice: Moscow time (the default, as printed) or
 * the reader's own zone, remembered in the browser. Sessions on now and next are marked
 * while the forum runs.
 */
const ZONE_KEY = 'programma:time-zone'
const FORUM_ZONE = 'Europe/Moscow'

function intlLocale(root: Document): string {
  return root.documentElement.lang === 'en' ? 'en-GB' : 'ru-RU'
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

export function zoneLabel(timeZone: string, at: Date = new Date()): string {
  const offset =
    new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'shortOffset' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value ?? ''
  return `${timeZone.replace(/_/g, ' ')} (${offset.replace('GMT', 'UTC') || 'UTC'})`
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
  const locale = intlLocale(root)
  const toggles = [...root.querySelectorAll<HTMLButtonElement>('[data-zone-toggle]')]
  let local = localStorage.getItem(ZONE_KEY) === 'local'

  function render(): void {
    const zone = local ? readerZone : FORUM_ZONE
    for (const time of root.querySelectorAll<HTMLTimeElement>('time[data-show]')) {
      time.textContent = formatShown(time.dateTime, time.dataset.show ?? 'time', zone, locale)
    }
    for (const label of root.querySelectorAll<HTMLElement>('[data-zone-label]')) {
      label.textContent = local ? zoneLabel(readerZone) : (root.body.dataset.forumZone ?? '')
    }
    for (const toggle of toggles) {
      toggle.hidden = readerZone === FORUM_ZONE && !local
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

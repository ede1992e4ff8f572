import { intlLocale } from '@programma/shared/locales'

import { countdownText } from './countdown'
import { nextChange, playerState, type PlayerTimes } from './playerState'
import { enhanceFacade } from './videoFacade'

/** Looks again at least this often, for the countdown. */
const TICK = 30_000

function timesOf(root: HTMLElement): PlayerTimes {
  return {
    start: root.dataset.start ?? '',
    end: root.dataset.end ?? '',
    recordingFrom: root.dataset.recordingFrom || null,
    notRecorded: root.dataset.notRecorded === 'true',
  }
}

/**
 * Moves a session's player along the reader's clock: countdown, live stream, "recording
 * coming soon", recording. A player the reader has started stays on screen.
 */
export function enhancePlayer(root: HTMLElement): void {
  const times = timesOf(root)
  const panels = [...root.querySelectorAll<HTMLElement>('[data-player-panel]')]
  const countdown = root.querySelector<HTMLElement>('[data-countdown]')
  const locale = intlLocale(document.documentElement.lang)
  for (const facade of root.querySelectorAll<HTMLElement>('[data-video-facade]')) enhanceFacade(facade)

  function update(): void {
    const now = Date.now()
    const state = playerState(times, now)
    const watching = panels.find((panel) => !panel.hidden && panel.querySelector('[data-video-started]'))
    for (const panel of panels) panel.hidden = panel !== watching && panel.dataset.playerPanel !== state
    root.dataset.state = state
    if (countdown && state === 'upcoming')
      countdown.textContent = countdownText(Date.parse(times.start) - now, locale)
    const next = nextChange(times, now)
    setTimeout(update, Math.max(1000, Math.min(TICK, next === null ? TICK : next - now)))
  }
  update()
}

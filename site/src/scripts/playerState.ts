/**
 * What a session's player shows at a given moment: a countdown before the start, the
 * stream while it runs, then "recording coming soon" until the recording is out.
 * The page is rendered in the state as of its snapshot; the reader's clock moves it on.
 */
export type PlayerState = 'upcoming' | 'live' | 'processing' | 'recording' | 'unrecorded'

export interface PlayerTimes {
  start: string
  end: string
  /** When the recording may be shown; null while there is none. */
  recordingFrom: string | null
  notRecorded: boolean
}

export function playerState(times: PlayerTimes, now: number): PlayerState {
  if (now < Date.parse(times.start)) return 'upcoming'
  if (now < Date.parse(times.end)) return 'live'
  if (times.recordingFrom !== null && now >= Date.parse(times.recordingFrom)) return 'recording'
  return times.notRecorded ? 'unrecorded' : 'processing'
}

/** The next moment the state can change, to wake up then rather than poll. */
export function nextChange(times: PlayerTimes, now: number): number | null {
  const moments = [times.start, times.end, times.recordingFrom]
    .filter((moment): moment is string => moment !== null)
    .map((moment) => Date.parse(moment))
    .filter((moment) => moment > now)
  return moments.length > 0 ? Math.min(...moments) : null
}

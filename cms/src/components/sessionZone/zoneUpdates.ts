import type { FormState } from 'payload'

import { keepWallClock } from './keepWallClock'

/** The session's times whose zone sits beside them, in Payload's `<path>_tz`. */
export const ZONED_TIME_PATHS = ['start', 'end', 'recording.publishedAt'] as const

export interface FieldUpdate {
  path: string
  value: unknown
}

function zoneOf(fields: FormState, zonePath: string, shownZone: string): string {
  const zone = fields[zonePath]?.value
  return typeof zone === 'string' && zone !== '' ? zone : shownZone
}

function updatesFor(fields: FormState, path: string, zone: string, shownZone: string): FieldUpdate[] {
  const zonePath = `${path}_tz`
  if (!fields[zonePath]) return []
  const from = zoneOf(fields, zonePath, shownZone)
  const value = fields[path]?.value
  const updates: FieldUpdate[] = []
  if (typeof value === 'string' && value !== '') {
    const moved = keepWallClock(value, from, zone)
    if (moved !== value) updates.push({ path, value: moved })
  }
  if (fields[zonePath]?.value !== zone) updates.push({ path: zonePath, value: zone })
  return updates
}

/**
 * What puts the form's times in `zone`, each keeping the reading the editor sees: on the
 * clock of the zone beside it, or of `shownZone` (where the picker shows a time with none).
 */
export function zoneUpdates(fields: FormState, zone: string, shownZone: string): FieldUpdate[] {
  return ZONED_TIME_PATHS.flatMap((path) => updatesFor(fields, path, zone, shownZone))
}

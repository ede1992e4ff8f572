import { programme } from './loadSnapshot'
import { Programme } from './programme'

let built: Promise<Programme> | undefined

/**
 * The published programme and its lookups, loaded and indexed once per build: every page,
 * endpoint and calendar asks this one object instead of loading the snapshot itself.
 */
export function published(): Promise<Programme> {
  built ??= programme().then((snapshot) => new Programme(snapshot))
  return built
}

import { v5 as uuidv5 } from 'uuid'

/**
 * A UUID (v5) that never changes for the same thing on the same site: apps that read
 * the exports recognise a session, room or person across releases by it.
 */
export function stableUuid(site: URL, kind: string, id: number | string): string {
  return uuidv5(`${kind}:${String(id)}`, uuidv5(site.hostname, uuidv5.DNS))
}

/** The positive integer frab's `id` wants; string ids (MongoDB) are folded into one deterministically. */
export function numericId(site: URL, kind: string, id: number | string): number {
  if (typeof id === 'number' && Number.isInteger(id) && id > 0) return id
  return Number.parseInt(stableUuid(site, kind, id).slice(0, 7), 16) + 1
}

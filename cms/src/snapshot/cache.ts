import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

import { buildSnapshot } from './buildSnapshot'
import { contentVersion } from './contentVersion'

export interface SnapshotBody {
  /** The content version the body was built for. */
  version: string
  body: string
  etag: string
}

interface SnapshotCache {
  latest?: SnapshotBody
  building?: { version: string; body: Promise<SnapshotBody> }
}

const KEY = Symbol.for('programma.snapshotCache')
const store = globalThis as typeof globalThis & { [KEY]?: SnapshotCache }

function cache(): SnapshotCache {
  store[KEY] ??= {}
  return store[KEY]
}

export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`
}

async function build(payload: Payload, version: string): Promise<SnapshotBody> {
  const body = JSON.stringify(await buildSnapshot(payload))
  return { version, body, etag: etagOf(body) }
}

/**
 * The snapshot, built once per content change: requests while nothing changed get the same
 * bytes; requests that arrive while it is being built wait for that one build.
 */
export async function cachedSnapshot(payload: Payload): Promise<SnapshotBody> {
  const state = cache()
  const version = await contentVersion(payload)
  if (state.latest?.version === version) return state.latest
  if (state.building?.version !== version) {
    const body = build(payload, version)
    state.building = { version, body }
    body
      .then((built) => {
        if (state.building?.body === body) state.latest = built
      })
      .catch(() => undefined)
      .finally(() => {
        if (state.building?.body === body) state.building = undefined
      })
  }
  return state.building.body
}

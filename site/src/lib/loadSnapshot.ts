import { readFile } from 'node:fs/promises'

import { parseSnapshot, type Snapshot } from '@programma/shared'

export interface SnapshotSource {
  /** A snapshot file written by the CMS (`npm run snapshot -w @programma/cms`). */
  file?: string
  /** The CMS, whose /api/snapshot serves the published programme. */
  cmsUrl?: string
}

export class SnapshotUnavailableError extends Error {
  override name = 'SnapshotUnavailableError'
}

const FETCH_TIMEOUT_MS = 60_000

export function sourceFromEnvironment(env: Record<string, string | undefined> = process.env): SnapshotSource {
  if (env.SNAPSHOT_FILE) return { file: env.SNAPSHOT_FILE }
  if (env.CMS_URL) return { cmsUrl: env.CMS_URL }
  throw new SnapshotUnavailableError(
    'No programme to build from: set CMS_URL (the CMS, e.g. http://127.0.0.1:3000) or SNAPSHOT_FILE (a snapshot written by the CMS).',
  )
}

/** The CMS's own word on why it could not answer, when it gave one. */
async function errorIn(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.json()) as { error?: unknown }
    return typeof body.error === 'string' ? body.error : undefined
  } catch {
    return undefined
  }
}

async function readSource(source: SnapshotSource): Promise<unknown> {
  if (source.file) {
    try {
      return JSON.parse(await readFile(source.file, 'utf8'))
    } catch (error) {
      throw new SnapshotUnavailableError(
        `Cannot read the snapshot file ${source.file}: ${(error as Error).message}`,
      )
    }
  }
  const url = new URL('/api/snapshot', source.cmsUrl)
  let response: Response
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { accept: 'application/json' },
    })
  } catch (error) {
    throw new SnapshotUnavailableError(`The CMS at ${url.origin} is unreachable: ${(error as Error).message}`)
  }
  if (!response.ok) {
    const reason = await errorIn(response)
    throw new SnapshotUnavailableError(
      `The CMS answered ${response.status} for ${url.href}${reason ? `: ${reason}` : ''}`,
    )
  }
  let body: string
  try {
    body = await response.text()
  } catch (error) {
    throw new SnapshotUnavailableError(
      `The CMS at ${url.origin} stopped in the middle of sending the snapshot (${(error as Error).message}); nothing was built from it`,
    )
  }
  try {
    return JSON.parse(body)
  } catch {
    throw new SnapshotUnavailableError(`The CMS sent something that is not JSON from ${url.href}`)
  }
}

/**
 * The published programme, validated. Fails loudly — never yields an empty or partial
 * programme — when the source is missing, unreachable, invalid or has no sessions.
 */
export async function loadSnapshot(source: SnapshotSource): Promise<Snapshot> {
  const snapshot = parseSnapshot(await readSource(source))
  if (snapshot.editions.length === 0 || snapshot.sessions.length === 0) {
    throw new SnapshotUnavailableError(
      `The snapshot holds ${snapshot.editions.length} editions and ${snapshot.sessions.length} sessions: refusing to publish an empty programme.`,
    )
  }
  return snapshot
}

let cached: Promise<Snapshot> | undefined

/** One load per build, shared by every page. */
export function programme(): Promise<Snapshot> {
  cached ??= loadSnapshot(sourceFromEnvironment())
  return cached
}

import { readFile } from 'node:fs/promises'

import { nextReleaseHistory, type ReleaseHistory, releaseHistorySchema, routes } from '@programma/shared'

import { programme } from './loadSnapshot'
import { siteIdentityAddress } from './siteAddress'

const FETCH_TIMEOUT_MS = 10_000

export interface PreviousReleaseSource {
  file?: string
  url: string
}

export function previousReleaseSource(
  env: Record<string, string | undefined> = process.env,
): PreviousReleaseSource {
  return {
    file: env.PREVIOUS_RELEASE_FILE || undefined,
    url: env.PREVIOUS_RELEASE_URL || new URL(routes.releaseHistory(), siteIdentityAddress(env)).href,
  }
}

async function readPrevious(source: PreviousReleaseSource): Promise<unknown> {
  if (source.file) return JSON.parse(await readFile(source.file, 'utf8'))
  const response = await fetch(source.url, {
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    headers: { accept: 'application/json' },
  })
  if (!response.ok) throw new Error(`${source.url} answered ${response.status}`)
  return response.json()
}

/**
 * The release history the site published last time, or null — with a warning, never a failed
 * build — when there is none yet or it cannot be read: the history then starts again.
 */
export async function loadPreviousRelease(
  source: PreviousReleaseSource,
  warn: (message: string) => void = console.warn,
): Promise<ReleaseHistory | null> {
  try {
    const parsed = releaseHistorySchema.safeParse(await readPrevious(source))
    if (parsed.success) return parsed.data
    warn(
      `The previous release at ${source.file ?? source.url} is not a release history; starting with a first publication.`,
    )
  } catch (error) {
    warn(
      `No previous release from ${source.file ?? source.url} (${(error as Error).message}); starting the change log with a first publication.`,
    )
  }
  return null
}

let cached: Promise<ReleaseHistory> | undefined

/** The history this build publishes: the previous one plus this snapshot's changes. Once per build. */
export function releaseHistory(): Promise<ReleaseHistory> {
  cached ??= (async () =>
    nextReleaseHistory(await loadPreviousRelease(previousReleaseSource()), await programme()))()
  return cached
}

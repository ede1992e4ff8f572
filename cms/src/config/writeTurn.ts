import { AsyncLocalStorage } from 'node:async_hooks'

import { E_TIMEOUT, Mutex, withTimeout } from 'async-mutex'

import { storageFailure } from './storageErrors'

/** How long a save waits for the one before it before the editor is told to try again. */
export const WAIT_FOR_WRITE_MS = 30_000

const TIMED_OUT = 'write queue timeout'

/** The one-writer-at-a-time turn of a SQLite database. */
export interface WriteTurn {
  /** Waits for the turn; after WAIT_FOR_WRITE_MS gives up with the bilingual 503 "busy". */
  take: () => Promise<() => void>
  /**
   * Runs one write outside any transaction holding the turn, after `prepare`. A write it
   * makes itself (Payload's upsert calls updateOne) goes straight on rather than waiting for it.
   */
  runAlone: <T>(write: () => Promise<T>, prepare?: () => Promise<void>) => Promise<T>
}

export function createWriteTurn(waitMs = WAIT_FOR_WRITE_MS): WriteTurn {
  const mutex = withTimeout(new Mutex(), waitMs, new Error(TIMED_OUT))
  const writingAlone = new AsyncLocalStorage<true>()

  const take = async (): Promise<() => void> => {
    try {
      return await mutex.acquire()
    } catch (error) {
      throw error === E_TIMEOUT || (error as Error).message === TIMED_OUT
        ? storageFailure('busy', error)
        : error
    }
  }

  const runAlone = async <T>(write: () => Promise<T>, prepare?: () => Promise<void>): Promise<T> => {
    if (writingAlone.getStore()) return write()
    const release = await take()
    try {
      await prepare?.()
      return await writingAlone.run(true, write)
    } finally {
      release()
    }
  }

  return { take, runAlone }
}

import type { Payload, PayloadRequest } from 'payload'

/** Set `context.skipSiteRebuild` on a Local API call (seeding, imports) to keep the site as it is. */
export const SKIP_SITE_REBUILD = 'skipSiteRebuild'

/** Starts a rebuild of the public site for these reasons; resolves once it has been started. */
export type RebuildRunner = (payload: Payload, reasons: string[]) => Promise<void>

interface Schedule {
  timer?: ReturnType<typeof setTimeout>
  reasons: Set<string>
  runner?: RebuildRunner
}

// Kept on globalThis: Next may load this module more than once in one server process,
// and a burst of edits must still come to a single rebuild.
const KEY = Symbol.for('programma.siteRebuildSchedule')
const store = globalThis as typeof globalThis & { [KEY]?: Schedule }

function schedule(): Schedule {
  store[KEY] ??= { reasons: new Set() }
  return store[KEY]
}

function debounceMs(): number {
  return Number(process.env.SITE_REBUILD_DEBOUNCE_MS ?? 5000)
}

export function setRebuildRunner(runner: RebuildRunner | undefined): void {
  schedule().runner = runner
}

/** What the next rebuild is waiting on, for the admin's status and for tests. */
export function pendingRebuildReasons(): string[] {
  return [...schedule().reasons]
}

/** Starts a rebuild now with everything that was waiting, plus these reasons. */
export async function rebuildNow(payload: Payload, reasons: string[]): Promise<void> {
  const pending = schedule()
  clearTimeout(pending.timer)
  pending.timer = undefined
  const why = [...new Set([...pending.reasons, ...reasons])]
  pending.reasons.clear()
  if (!pending.runner) return
  await pending.runner(payload, why)
}

/**
 * Asks for a rebuild a few seconds from now. Every further request within that time
 * pushes it back and joins it, so a burst of edits starts one build.
 */
export function requestSiteRebuild(req: PayloadRequest, reason: string): void {
  if (req.context?.[SKIP_SITE_REBUILD]) return
  const pending = schedule()
  pending.reasons.add(reason)
  clearTimeout(pending.timer)
  pending.timer = setTimeout(() => {
    rebuildNow(req.payload, []).catch((error: unknown) =>
      req.payload.logger.error({ err: error, msg: 'Site rebuild failed to start' }),
    )
  }, debounceMs())
  pending.timer.unref?.()
}

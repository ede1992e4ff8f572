import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

/** Set `context.skipSiteRebuild` on a Local API call (seeding, imports) to keep the site as it is. */
export const SKIP_SITE_REBUILD = 'skipSiteRebuild'

const DEBOUNCE_MS = Number(process.env.SITE_REBUILD_DEBOUNCE_MS ?? 5000)

let pendingRebuild: ReturnType<typeof setTimeout> | undefined
const reasons = new Set<string>()

export type RebuildTrigger = (reasons: string[]) => Promise<void>

/** Calls the static host's build hook (Netlify's in production) when one is configured. */
export const callBuildHook: RebuildTrigger = async (why) => {
  const hookUrl = process.env.SITE_BUILD_HOOK_URL
  if (!hookUrl) return
  const response = await fetch(hookUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ trigger: 'programma-cms', reasons: why }),
  })
  if (!response.ok) throw new Error(`Build hook answered ${response.status}`)
}

let trigger: RebuildTrigger = callBuildHook

/** Lets the local runner (or a test) decide what a rebuild means. */
export function setRebuildTrigger(next: RebuildTrigger): void {
  trigger = next
}

/** What the next rebuild is waiting on, for the admin's status and for tests. */
export function pendingRebuildReasons(): string[] {
  return [...reasons]
}

export function requestSiteRebuild(req: PayloadRequest, reason: string): void {
  if (req.context?.[SKIP_SITE_REBUILD]) return
  reasons.add(reason)
  clearTimeout(pendingRebuild)
  pendingRebuild = setTimeout(() => {
    const why = [...reasons]
    reasons.clear()
    trigger(why).catch((error: unknown) =>
      req.payload.logger.error({ err: error, msg: 'Site rebuild failed to start' }),
    )
  }, DEBOUNCE_MS)
  pendingRebuild.unref?.()
}

function isPublic(doc: unknown): boolean {
  const status = (doc as { _status?: string } | undefined)?._status
  return status === undefined || status === 'published'
}

/** Published content changed: the site must follow. Draft saves leave it alone. */
export const rebuildSiteAfterChange: CollectionAfterChangeHook = ({ doc, req, collection }) => {
  if (isPublic(doc)) {
    requestSiteRebuild(req, `${collection.slug}:${String(doc.id)}`)
  }
  return doc
}

export const rebuildSiteAfterDelete: CollectionAfterDeleteHook = ({ doc, req, collection }) => {
  if (isPublic(doc)) requestSiteRebuild(req, `${collection.slug}:${String(doc.id)}:deleted`)
  return doc
}

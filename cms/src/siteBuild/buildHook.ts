import type { RebuildRunner } from './schedule'
import { recordBuildStatus } from './state'

/**
 * Production: asks the static host to build (Netlify's build hook URL, from
 * SITE_BUILD_HOOK_URL). The host's deploy notifications then report building, live or
 * failed to /api/site-build/report.
 */
export function buildHookRunner(hookUrl: string): RebuildRunner {
  return async (payload, reasons) => {
    const startedAt = new Date().toISOString()
    let failure: string | undefined
    try {
      const response = await fetch(hookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ trigger: 'programma-cms', reasons }),
      })
      if (!response.ok) failure = `Build hook answered ${response.status} ${response.statusText}`.trim()
    } catch (error) {
      failure = `Build hook unreachable: ${(error as Error).message}`
    }
    await recordBuildStatus(payload, {
      state: failure ? 'failed' : 'requested',
      runner: 'hook',
      reasons,
      startedAt,
      finishedAt: failure ? new Date().toISOString() : null,
      error: failure ?? null,
    })
    if (failure) throw new Error(failure)
  }
}

import type { Payload } from 'payload'

import { readBuildStatus, recordBuildStatus, type SiteBuildStatus } from './state'

/** How long the static host may take to report on a build it was asked for. */
export const HOST_REPORT_TIMEOUT_MS = 60 * 60 * 1000

const INTERRUPTED =
  'Сборка прервалась: CMS остановилась, пока сайт собирался. Опубликованный сайт не изменился; пересоберите его. — ' +
  'The build was interrupted: the CMS stopped while the site was building. The published site is unchanged; rebuild it.'

const NO_REPORT =
  'Хостинг сайта так и не сообщил, чем кончилась сборка. Проверьте её в панели хостинга или пересоберите сайт. — ' +
  'The static host never reported how the build ended. Check it in the host’s dashboard or rebuild the site.'

/**
 * Why a status left "building" or "requested" cannot be true any more, or undefined while it
 * can: a local build runs inside this process, so none survives a restart; the host's build
 * is still reported on for a while.
 */
export function staleBuildStatus(status: SiteBuildStatus, now: number): string | undefined {
  if (status.state !== 'building' && status.state !== 'requested') return undefined
  if (status.runner !== 'hook') return INTERRUPTED
  const since = Date.parse(status.startedAt ?? '')
  return Number.isNaN(since) || now - since > HOST_REPORT_TIMEOUT_MS ? NO_REPORT : undefined
}

/** On start: a build the CMS can no longer be waiting for is recorded as failed, so it can be rebuilt. */
export async function recoverInterruptedBuild(payload: Payload, now = Date.now()): Promise<void> {
  const reason = staleBuildStatus(await readBuildStatus(payload), now)
  if (!reason) return
  await recordBuildStatus(payload, {
    state: 'failed',
    finishedAt: new Date(now).toISOString(),
    error: reason,
  })
  payload.logger.warn('A site build left unfinished by an earlier run is recorded as failed')
}

import { randomBytes } from 'node:crypto'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionSlug, Endpoint, Payload } from 'payload'

import cmsPackage from '../../package.json'
import type { MediaStorageCheck } from '../plugin/options'
import { slugOf } from '../plugin/registry'

type Outcome = 'ok' | 'failing' | 'not checked'

interface HealthReport {
  status: 'ok' | 'unavailable'
  version: string
  checks: { database: Outcome; mediaStorage: Outcome }
  failing?: string[]
}

/** A probe storm costs one round of checks per second, however many load balancers ask. */
export const HEALTH_REUSE_MS = 1000
/** A part that does not answer within this is failing: a load balancer must not wait on a hung database. */
export const HEALTH_CHECK_TIMEOUT_MS = 2000

/** One small read: the database answers queries. */
async function databaseAnswers(payload: Payload): Promise<void> {
  await payload.count({ collection: slugOf(payload.config, 'editions'), overrideAccess: true })
}

/**
 * The default media storage check: a small file written to and removed from the upload
 * collection's folder. Storage elsewhere (S3) is checked by the host's own `mediaStorageCheck`.
 */
export function localMediaWritable(mediaSlug: string): (payload: Payload) => Promise<Outcome | void> {
  return async (payload) => {
    const upload = payload.collections[mediaSlug as CollectionSlug]?.config.upload
    if (!upload || upload.disableLocalStorage || !upload.staticDir) return 'not checked'
    await mkdir(upload.staticDir, { recursive: true })
    const probe = path.join(upload.staticDir, `.health-${randomBytes(6).toString('hex')}`)
    try {
      await writeFile(probe, 'ok')
    } finally {
      await rm(probe, { force: true })
    }
  }
}

function withinTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${HEALTH_CHECK_TIMEOUT_MS} ms`)),
      HEALTH_CHECK_TIMEOUT_MS,
    )
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

type Part = keyof HealthReport['checks']

async function outcomeOf(
  payload: Payload,
  part: Part,
  check: (payload: Payload) => Promise<Outcome | void>,
  wasFailing: boolean,
): Promise<Outcome> {
  try {
    return (await withinTimeout(check(payload))) || 'ok'
  } catch (error) {
    // Logged when a part starts failing, not on every probe while it stays so.
    if (!wasFailing) payload.logger.error({ err: error, msg: `Health check: ${part} is failing` })
    return 'failing'
  }
}

interface Recent {
  at: number
  report: Promise<HealthReport>
  failing: Set<string>
}

function reportOf(checks: HealthReport['checks']): HealthReport {
  const failing = Object.entries(checks)
    .filter(([, outcome]) => outcome === 'failing')
    .map(([part]) => part)
  return failing.length === 0
    ? { status: 'ok', version: cmsPackage.version, checks }
    : { status: 'unavailable', version: cmsPackage.version, checks, failing }
}

/**
 * GET /api/health for load balancers and monitors: 200 when the database answers and media
 * storage can be written, 503 naming the failing part otherwise, with the CMS's version. It
 * says which part fails and nothing of why (the reason goes to the log): no paths, hosts or keys.
 */
export function healthEndpoint(
  mediaStorageCheck: MediaStorageCheck | undefined,
  mediaSlug: string,
): Endpoint {
  const storageCheck = mediaStorageCheck ?? localMediaWritable(mediaSlug)
  const recent = new WeakMap<Payload, Recent>()

  const runChecks = (payload: Payload, previous: Recent | undefined): Recent => {
    const wasFailing = (part: Part) => previous?.failing.has(part) ?? false
    const failing = new Set<string>()
    const report = Promise.all([
      outcomeOf(payload, 'database', databaseAnswers, wasFailing('database')),
      outcomeOf(payload, 'mediaStorage', storageCheck, wasFailing('mediaStorage')),
    ]).then(([database, mediaStorage]) => {
      const built = reportOf({ database, mediaStorage })
      for (const part of built.failing ?? []) failing.add(part)
      return built
    })
    return { at: Date.now(), report, failing }
  }

  return {
    path: '/health',
    method: 'get',
    handler: async (req) => {
      const previous = recent.get(req.payload)
      const current =
        previous && Date.now() - previous.at < HEALTH_REUSE_MS ? previous : runChecks(req.payload, previous)
      recent.set(req.payload, current)
      const report = await current.report
      return Response.json(report, {
        status: report.status === 'ok' ? 200 : 503,
        headers: { 'Cache-Control': 'no-store' },
      })
    },
  }
}

import type { Endpoint, PayloadRequest } from 'payload'
import { jwtVerify } from 'jose'
import { createHash } from 'node:crypto'

import { hasRole, isStaff } from '../access/roles'
import type { Env } from '../config/runtime'
import { runnerKind, withLocalSite } from './configure'
import { pendingRebuildReasons, rebuildNow } from './schedule'
import { readBuildStatus, recordBuildStatus } from './state'

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { 'cache-control': 'no-store' } })
}

async function currentStatus(req: PayloadRequest, env: Env) {
  return {
    ...withLocalSite(await readBuildStatus(req.payload), env),
    pending: pendingRebuildReasons(),
    builder: runnerKind(env),
  }
}

const status = (env: Env): Endpoint => ({
  path: '/site-build',
  method: 'get',
  handler: async (req) => {
    if (!isStaff(req)) return json({ error: 'Staff only' }, 403)
    return json(await currentStatus(req, env))
  },
})

const rebuild = (env: Env): Endpoint => ({
  path: '/site-build/rebuild',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req, 'admin', 'editor')) return json({ error: 'Admins and editors only' }, 403)
    if (runnerKind(env) === 'none') {
      return json(
        {
          error:
            'Сборка сайта здесь не настроена (SITE_BUILD_HOOK_URL) — nothing builds the site here: set SITE_BUILD_HOOK_URL',
        },
        409,
      )
    }
    const user = req.user as { email?: string } | null
    await rebuildNow(req.payload, [`manual:${user?.email ?? 'staff'}`])
    return json(await currentStatus(req, env), 202)
  },
})

interface NetlifyDeploy {
  state?: string
  error_message?: string | null
  published_at?: string | null
  updated_at?: string | null
}

async function verifiedNetlifyBody(req: PayloadRequest, secret: string): Promise<NetlifyDeploy | null> {
  const raw = await req.text?.()
  const signature = req.headers.get('x-webhook-signature')
  if (raw === undefined || !signature) return null
  try {
    const { payload: claims } = await jwtVerify(signature, new TextEncoder().encode(secret), {
      issuer: 'netlify',
      algorithms: ['HS256'],
    })
    const digest = createHash('sha256').update(raw).digest('hex')
    if (claims.sha256 !== digest) return null
    return JSON.parse(raw) as NetlifyDeploy
  } catch {
    return null
  }
}

/** Netlify's deploy notifications (signed with SITE_BUILD_REPORT_SECRET) tell the admin how the build went. */
const report = (env: Env): Endpoint => ({
  path: '/site-build/report',
  method: 'post',
  handler: async (req) => {
    const secret = env.SITE_BUILD_REPORT_SECRET
    if (!secret) return json({ error: 'Deploy reports are not configured' }, 404)
    const deploy = await verifiedNetlifyBody(req, secret)
    if (!deploy) return json({ error: 'Bad signature' }, 401)
    const at = deploy.published_at ?? deploy.updated_at ?? new Date().toISOString()
    if (deploy.state === 'ready') {
      await recordBuildStatus(req.payload, { state: 'live', liveSince: at, finishedAt: at, error: null })
    } else if (deploy.state === 'error') {
      await recordBuildStatus(req.payload, {
        state: 'failed',
        finishedAt: at,
        error: deploy.error_message || 'Netlify reported a failed deploy',
      })
    } else {
      await recordBuildStatus(req.payload, { state: 'building', error: null })
    }
    return json({ ok: true })
  },
})

export function siteBuildEndpoints(env: Env): Endpoint[] {
  return [status(env), rebuild(env), report(env)]
}

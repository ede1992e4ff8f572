import type { SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { HEALTH_REUSE_MS } from '../src/endpoints/health'
import { startPayloadWithConfig, stopPayload, TEST_DATABASES } from './helpers/payload'
import { routes } from './helpers/routes'
import { startS3Server, type S3TestServer } from './helpers/s3Server'

const afterReuse = () => new Promise((resolve) => setTimeout(resolve, HEALTH_REUSE_MS + 50))

describe.each(TEST_DATABASES)('GET /api/health with media on S3, on $name', (database) => {
  let s3: S3TestServer
  let started: Awaited<ReturnType<typeof startPayloadWithConfig>>
  let api: ReturnType<typeof routes>

  beforeAll(async () => {
    s3 = await startS3Server()
    started = await startPayloadWithConfig(database, s3.env)
    api = routes(started.config as Promise<SanitizedConfig>)
  })
  afterAll(async () => {
    await stopPayload(started?.payload)
    await s3?.stop().catch(() => undefined)
  })

  it('writes a probe to the bucket and leaves nothing behind when the storage works', async () => {
    const response = await api.get('health')
    expect(response.status).toBe(200)
    expect((await response.json()).checks).toMatchObject({ database: 'ok', mediaStorage: 'ok' })
    expect(await s3.keys()).toEqual([])
  })

  it('answers 503 naming media storage when the S3 server is down', async () => {
    await s3.stop()
    await afterReuse()
    const response = await api.get('health')
    expect(response.status).toBe(503)
    const body = await response.json()
    expect(body.failing).toEqual(['mediaStorage'])
    expect(JSON.stringify(body)).not.toContain('127.0.0.1')
  })
})

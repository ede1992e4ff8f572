import { mkdirSync, rmSync, writeFileSync } from 'node:fs'

import { getPayload, type Payload, type PayloadRequest, type SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import cmsPackage from '../package.json'
import { HEALTH_REUSE_MS, healthEndpoint } from '../src/endpoints/health'
import { routes } from './helpers/routes'
import { startPayloadWithConfig, stopPayload, TEST_DATABASES } from './helpers/payload'

const SECRET = 'integration-test-secret-0123456789abcdef'
const afterReuse = () => new Promise((resolve) => setTimeout(resolve, HEALTH_REUSE_MS + 50))

/** Nothing an answer may give away: folders, the database's address, the secret. */
function expectNothingLeaked(body: string, mediaDir: string, databaseUri: string): void {
  expect(body).not.toContain(mediaDir)
  expect(body).not.toContain(databaseUri)
  expect(body).not.toContain(SECRET)
  expect(body).not.toMatch(/\/tmp|\/work|ENOTDIR|EEXIST|Error/)
}

describe.each(TEST_DATABASES)('GET /api/health on $name', (database) => {
  let started: Payload
  let payload: Payload
  let config: Promise<SanitizedConfig>
  let api: ReturnType<typeof routes>
  let mediaDir: string
  let databaseUri: string

  beforeAll(async () => {
    ;({ payload: started, config } = await startPayloadWithConfig(database))
    payload = await getPayload({ config })
    api = routes(config)
    mediaDir = payload.collections.media?.config.upload.staticDir as string
    databaseUri = String((payload.db as { clientConfig?: { url?: string } }).clientConfig?.url ?? '')
  })
  afterAll(async () => {
    await payload?.destroy()
    await stopPayload(started)
  })

  it('answers 200 with the version when the database answers and media can be written', async () => {
    const response = await api.get('health')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const body = await response.text()
    expect(JSON.parse(body)).toEqual({
      status: 'ok',
      version: cmsPackage.version,
      checks: { database: 'ok', mediaStorage: 'ok' },
    })
    expectNothingLeaked(body, mediaDir, databaseUri)
  })

  it('answers 503 naming media storage when the media folder cannot be written, and 200 once it can', async () => {
    await afterReuse()
    // A file where the folder should be: unwritable even for root, which ignores permissions.
    rmSync(mediaDir, { recursive: true, force: true })
    writeFileSync(mediaDir, 'not a folder')
    try {
      const response = await api.get('health')
      expect(response.status).toBe(503)
      const body = await response.text()
      expect(JSON.parse(body)).toEqual({
        status: 'unavailable',
        version: cmsPackage.version,
        checks: { database: 'ok', mediaStorage: 'failing' },
        failing: ['mediaStorage'],
      })
      expectNothingLeaked(body, mediaDir, databaseUri)
    } finally {
      rmSync(mediaDir, { force: true })
      mkdirSync(mediaDir)
    }
    await afterReuse()
    expect((await api.get('health')).status).toBe(200)
  })

  it('answers a burst of probes with one round of checks', async () => {
    let checks = 0
    const endpoint = healthEndpoint(async () => {
      checks += 1
      await new Promise((resolve) => setTimeout(resolve, 50))
    }, 'media')
    const probe = () => endpoint.handler({ payload } as PayloadRequest)
    const answers = await Promise.all(Array.from({ length: 50 }, probe))
    expect(answers.every((answer) => answer.status === 200)).toBe(true)
    expect(checks).toBe(1)
    await probe()
    expect(checks).toBe(1)
    await afterReuse()
    await probe()
    expect(checks).toBe(2)
  })

  it("reports the host's own storage check, and a check that hangs, as failing", async () => {
    const refusing = healthEndpoint(async () => {
      throw new Error('InvalidAccessKeyId for bucket programma-media at https://s3.example.org')
    }, 'media')
    const refused = await refusing.handler({ payload } as PayloadRequest)
    expect(refused.status).toBe(503)
    const body = await refused.text()
    expect(JSON.parse(body)).toMatchObject({ failing: ['mediaStorage'] })
    expect(body).not.toMatch(/InvalidAccessKeyId|programma-media|example\.org/)

    const hanging = healthEndpoint(() => new Promise<void>(() => undefined), 'media')
    const startedAt = Date.now()
    const timedOut = await hanging.handler({ payload } as PayloadRequest)
    expect(timedOut.status).toBe(503)
    expect(Date.now() - startedAt).toBeLessThan(5000)
  })

  it.runIf(database.name === 'sqlite')(
    'answers 503 naming the database when it does not answer',
    async () => {
      await afterReuse()
      ;(payload.db as unknown as { client: { close: () => void } }).client.close()
      const response = await api.get('health')
      expect(response.status).toBe(503)
      const body = await response.text()
      expect(JSON.parse(body)).toMatchObject({
        status: 'unavailable',
        checks: { database: 'failing', mediaStorage: 'ok' },
        failing: ['database'],
      })
      expectNothingLeaked(body, mediaDir, databaseUri)
    },
  )
})

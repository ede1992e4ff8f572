import { getPayload, type Payload, type SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SEED_CONTEXT } from '../src/seed/upsert'
import { createFixtures, type Fixtures } from './helpers/fixtures'
import { routes } from './helpers/routes'
import { startPayloadWithConfig, stopPayload, TEST_DATABASES } from './helpers/payload'

/**
 * GET /api/snapshot as readers and site builds call it: the programme is built once per
 * content change, whoever asks, and anything after that is served from the cache.
 */
describe.each(TEST_DATABASES)('GET /api/snapshot requests on $name', (database) => {
  let started: Payload
  let payload: Payload
  let config: Promise<SanitizedConfig>
  let api: ReturnType<typeof routes>
  let f: Fixtures
  /** The reads of whole collections in every locale: what building a snapshot does, and only that. */
  let buildReads = 0
  let readsPerBuild = 0

  beforeAll(async () => {
    ;({ payload: started, config } = await startPayloadWithConfig(database))
    f = await createFixtures(started)
    api = routes(config)
    payload = await getPayload({ config })
    const find = payload.find.bind(payload)
    payload.find = ((options: Parameters<typeof find>[0]) => {
      if (options.locale === 'all') buildReads += 1
      return find(options)
    }) as typeof find
  })
  afterAll(async () => {
    await payload?.destroy()
    await stopPayload(started)
  })

  const get = (headers: Record<string, string> = {}) => api.get('snapshot', { headers })

  it('serves anonymous requests from the one build of the current content', async () => {
    const first = await get()
    expect(first.status).toBe(200)
    const etag = first.headers.get('etag') as string
    const body = await first.text()
    expect(buildReads).toBeGreaterThan(0)
    readsPerBuild = buildReads

    buildReads = 0
    const answers = await Promise.all(Array.from({ length: 20 }, () => get()))
    expect(buildReads).toBe(0)
    expect(new Set(answers.map((answer) => answer.headers.get('etag')))).toEqual(new Set([etag]))
    expect(await answers[0]?.text()).toBe(body)
  })

  it('answers 304 without a body to a client that has the current ETag, and revalidates always', async () => {
    const { headers } = await get()
    const etag = headers.get('etag') as string
    expect(headers.get('cache-control')).toBe('no-cache')
    buildReads = 0
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`]) {
      const unchanged = await get({ 'if-none-match': ifNoneMatch })
      expect(unchanged.status).toBe(304)
      expect(await unchanged.text()).toBe('')
      expect(unchanged.headers.get('etag')).toBe(etag)
    }
    expect((await get({ 'if-none-match': '"stale"' })).status).toBe(200)
    expect(buildReads).toBe(0)
  })

  it('gives a signed-in editor the same cached document as a reader', async () => {
    const anonymous = await get()
    const { token } = await started.login({
      collection: 'users',
      data: { email: f.editor.email, password: 'correct-horse-battery' },
    })
    buildReads = 0
    const signedIn = await get({ authorization: `JWT ${token}` })
    expect(signedIn.headers.get('etag')).toBe(anonymous.headers.get('etag'))
    expect(await signedIn.text()).toBe(await anonymous.text())
    expect(buildReads).toBe(0)
  })

  it('builds once again after a published change, for all the requests that follow', async () => {
    const before = (await get()).headers.get('etag')
    await started.update({
      collection: 'sessions',
      id: f.publishedSession.id,
      overrideAccess: true,
      context: SEED_CONTEXT,
      data: { lead: 'Новый анонс' },
    })
    buildReads = 0
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => get({ 'if-none-match': before ?? '' })),
    )
    expect(answers.every((answer) => answer.status === 200)).toBe(true)
    const after = answers[0]?.headers.get('etag')
    expect(after).not.toBe(before)
    expect(new Set(answers.map((answer) => answer.headers.get('etag')))).toEqual(new Set([after]))
    expect(buildReads).toBe(readsPerBuild)
    await get()
    expect(buildReads).toBe(readsPerBuild)
  })
})

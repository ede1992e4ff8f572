import { REST_GET } from '@payloadcms/next/routes'
import { getPayload, type Payload, type SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ANONYMOUS_PAGE_LIMIT } from '../src/config/requestLimits'
import { SEED_CONTEXT } from '../src/seed/upsert'
import { createFixtures, type Fixtures } from './helpers/fixtures'
import { startPayloadWithConfig, stopPayload, TEST_DATABASES } from './helpers/payload'

const quiet = { overrideAccess: true, context: SEED_CONTEXT } as const
/** A refusal is decided before anything runs. */
const AT_ONCE_MS = 1_000

/** What one REST request may ask: a bounded `where` for everyone, bounded pages for anonymous callers. */
describe.each(TEST_DATABASES)('limits on REST requests on $name', (database) => {
  let started: Payload
  let payload: Payload
  let config: Promise<SanitizedConfig>
  let f: Fixtures
  let longAlley: number

  beforeAll(async () => {
    ;({ payload: started, config } = await startPayloadWithConfig(database))
    f = await createFixtures(started)
    payload = await getPayload({ config })
    // More stands on one alley, and more partners, than an anonymous page holds.
    ;({ id: longAlley } = await payload.create({
      ...quiet,
      collection: 'alleys',
      data: { name: 'Длинная аллея', kind: 'company', edition: f.edition.id, order: 9, colour: '#1f5fbf' },
    }))
    for (let position = 1; position <= ANONYMOUS_PAGE_LIMIT + 1; position += 1) {
      await payload.create({
        ...quiet,
        collection: 'partners',
        data: {
          name: `На длинной ${position}`,
          kind: 'company',
          stand: { alley: longAlley, position },
          _status: 'published',
        },
      })
    }
  })
  afterAll(async () => {
    await payload?.destroy()
    await stopPayload(started)
  })

  async function rest(pathAndQuery: string): Promise<Response> {
    const url = new URL(`http://localhost/api/${pathAndQuery}`)
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    return REST_GET(config)(new Request(url), { params: Promise.resolve({ slug }) })
  }

  async function measured<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
    const startedAt = performance.now()
    const value = await run()
    return { value, ms: performance.now() - startedAt }
  }

  it('refuses a REST where of 5,000 or-terms with 400, in both languages', async () => {
    const terms = Array.from({ length: 5000 }, (_, index) => `where[or][${index}][name][equals]=x${index}`)
    const { value, ms } = await measured(() => rest(`alleys?${terms.join('&')}`))
    expect(value.status).toBe(400)
    const text = await value.text()
    expect(text).toMatch(/условий/)
    expect(text).toMatch(/conditions/)
    expect(ms).toBeLessThan(AT_ONCE_MS)
  })

  it('serves an anonymous limit of 100,000, 0, none at all or nonsense a page of at most 100', async () => {
    for (const asked of ['limit=100000', 'limit=0', 'pagination=false', 'limit=abc']) {
      const response = await rest(`partners?${asked}&depth=0`)
      expect(response.status, asked).toBe(200)
      const body = (await response.json()) as { limit: number; docs: unknown[]; hasNextPage: boolean }
      expect(body.limit, asked).toBe(ANONYMOUS_PAGE_LIMIT)
      expect(body.docs, asked).toHaveLength(ANONYMOUS_PAGE_LIMIT)
      expect(body.hasNextPage, asked).toBe(true)
    }
  })

  it('serves the team the page it asks for', async () => {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: 'editor@example.test', password: 'correct-horse-battery' },
    })
    const url = new URL('http://localhost/api/partners?limit=1000&depth=0&draft=true')
    const request = new Request(url, { headers: { authorization: `JWT ${String(token)}` } })
    const response = await REST_GET(config)(request, { params: Promise.resolve({ slug: ['partners'] }) })
    const body = (await response.json()) as { limit: number; docs: unknown[] }
    expect(body.limit).toBe(1000)
    expect(body.docs.length).toBeGreaterThan(ANONYMOUS_PAGE_LIMIT)
  })

  it('caps the limit of a join in REST as well', async () => {
    for (const limit of ['100000', '0']) {
      const response = await rest(`alleys/${longAlley}?depth=0&joins[stands][limit]=${limit}`)
      expect(response.status).toBe(200)
      const alley = (await response.json()) as { stands: { docs: unknown[]; hasNextPage: boolean } }
      expect(alley.stands.docs).toHaveLength(ANONYMOUS_PAGE_LIMIT)
      expect(alley.stands.hasNextPage).toBe(true)
    }
  })
})

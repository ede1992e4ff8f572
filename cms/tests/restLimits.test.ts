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

  beforeAll(async () => {
    ;({ payload: started, config } = await startPayloadWithConfig(database))
    f = await createFixtures(started)
    payload = await getPayload({ config })
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

  it('serves an anonymous limit of 100,000 a page of at most 100', async () => {
    const response = await rest('partners?limit=100000&depth=0')
    expect(response.status).toBe(200)
    const body = (await response.json()) as { limit: number; docs: unknown[] }
    expect(body.limit).toBe(100)
    const unpaged = (await (await rest('partners?pagination=false&depth=0')).json()) as { limit: number }
    expect(unpaged.limit).toBe(100)
  })

  it('caps the limit of a join in REST as well', async () => {
    const { id } = await payload.create({
      ...quiet,
      collection: 'alleys',
      data: { name: 'Длинная аллея', kind: 'company', edition: f.edition.id, order: 9, colour: '#1f5fbf' },
    })
    for (let position = 1; position <= ANONYMOUS_PAGE_LIMIT + 1; position += 1) {
      await payload.create({
        ...quiet,
        collection: 'partners',
        data: {
          name: `На длинной ${position}`,
          kind: 'company',
          stand: { alley: id, position },
          _status: 'published',
        },
      })
    }
    for (const limit of ['100000', '0']) {
      const response = await rest(`alleys/${id}?depth=0&joins[stands][limit]=${limit}`)
      expect(response.status).toBe(200)
      const alley = (await response.json()) as { stands: { docs: unknown[]; hasNextPage: boolean } }
      expect(alley.stands.docs).toHaveLength(ANONYMOUS_PAGE_LIMIT)
      expect(alley.stands.hasNextPage).toBe(true)
    }
  })
})

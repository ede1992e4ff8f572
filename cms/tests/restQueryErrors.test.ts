import { REST_GET } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { withQueryErrors } from '../src/config/restQueryErrors'
import { startPayloadWithConfig, stopPayload, TEST_DATABASES } from './helpers/payload'

describe.each(TEST_DATABASES)('REST queries Payload cannot read, on $name', (database) => {
  let config: Promise<SanitizedConfig>
  let stop: () => Promise<void>

  beforeAll(async () => {
    const started = await startPayloadWithConfig(database)
    config = started.config
    stop = () => stopPayload(started.payload)
  })
  afterAll(() => stop())

  const get = (query: string, wrapped = true) => {
    const handler = wrapped ? withQueryErrors(REST_GET(config)) : REST_GET(config)
    return handler(new Request(`http://localhost/api/alleys?${query}`), {
      params: Promise.resolve({ slug: ['alleys'] }),
    })
  }

  it('answers a where that is neither JSON nor bracketed with 400 and a message in both languages', async () => {
    const response = await get('where={bad')
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(/where не читается.*cannot be read/)
  })

  it('passes every readable query through as before', async () => {
    expect((await get('where[name][equals]=x')).status).toBe(200)
    expect((await get('limit=5&depth=0')).status).toBe(200)
  })

  it('is needed: Payload alone answers such a where with a server error', async () => {
    expect((await get('where={bad', false)).status).toBeGreaterThanOrEqual(500)
  })
})

import type { Payload, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createFixtures, type Fixtures } from './helpers/fixtures'
import { startPayloadWithConfig, stopPayload, TEST_DATABASES } from './helpers/payload'
import { routes } from './helpers/routes'

/** The REST and GraphQL routes exactly as Next serves them, called with plain Requests. */
describe.each(TEST_DATABASES)('public HTTP API on $name', (database) => {
  let payload: Payload
  let config: Promise<SanitizedConfig>
  let f: Fixtures

  beforeAll(async () => {
    ;({ payload, config } = await startPayloadWithConfig(database))
    f = await createFixtures(payload)
    await payload.update({
      collection: 'sessions',
      id: f.publishedSession.id,
      draft: true,
      overrideAccess: true,
      data: { title: 'Неопубликованная правка' },
    })
  })
  afterAll(() => stopPayload(payload))

  const rest = (pathAndQuery: string) => routes(config).get(pathAndQuery)
  const graphql = async (query: string) =>
    (await routes(config).graphql(query)).json() as Promise<{
      data?: Record<string, unknown>
      errors?: unknown[]
    }>

  it('lists published sessions only', async () => {
    const response = await rest('sessions?limit=100&depth=0')
    expect(response.status).toBe(200)
    const body = (await response.json()) as { docs: Array<{ id: number; title: string; _status: string }> }
    const ids = body.docs.map((doc) => doc.id)
    expect(ids).toContain(f.publishedSession.id)
    expect(ids).not.toContain(f.draftSession.id)
    expect(JSON.stringify(body)).not.toContain('Неопубликованная правка')
  })

  it('gives no drafts when asked for them', async () => {
    const body = JSON.stringify(await (await rest('sessions?draft=true&limit=100')).json())
    expect(body).not.toContain('Секретный черновик')
    expect(body).not.toContain('Неопубликованная правка')
    expect((await rest(`sessions/${f.draftSession.id}?draft=true`)).status).toBe(404)
  })

  it('gives no versions', async () => {
    expect((await rest('sessions/versions')).status).toBe(403)
  })

  it('gives no users, emails or hashes', async () => {
    const list = await rest('users')
    expect(list.status).toBe(403)
    const one = await rest(`users/${f.editor.id}`)
    expect([403, 404]).toContain(one.status)
    expect(await one.text()).not.toContain('editor@example.test')
  })

  it('hides users and drafts from GraphQL too', async () => {
    const users = await graphql('{ Users { docs { email } } }')
    expect(users.errors).toBeDefined()
    expect(JSON.stringify(users)).not.toContain('@example.test')
    const published = JSON.stringify(await graphql('{ Sessions(limit: 100) { docs { id title _status } } }'))
    expect(published).toContain('Опыт, проблемы')
    expect(published).not.toContain('Секретный черновик')
    expect(published).not.toContain('Неопубликованная правка')
    const askingForDrafts = JSON.stringify(
      await graphql('{ Sessions(draft: true, limit: 100) { docs { id title _status } } }'),
    )
    expect(askingForDrafts).not.toContain('Секретный черновик')
    expect(askingForDrafts).not.toContain('Неопубликованная правка')
    const experts = JSON.stringify(await graphql('{ Experts { docs { name } } }'))
    expect(experts).toContain('Анна Петрова')
    expect(experts).not.toContain('Черновой Эксперт')
  })

  it('answers an unknown locale with 400 and says which exist', async () => {
    const response = await rest('sessions?locale=de')
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(/ru, en/)
  })
})

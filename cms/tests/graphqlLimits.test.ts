import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { getIntrospectionQuery } from 'graphql/index.js'
import { getPayload, type Payload, type SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { withRequestErrorStatus } from '../src/graphql/requestErrorStatus'
import { SEED_CONTEXT } from '../src/seed/upsert'
import { createFixtures, type Fixtures } from './helpers/fixtures'
import { startPayloadWithConfig, stopPayload, TEST_DATABASES } from './helpers/payload'

const quiet = { overrideAccess: true, context: SEED_CONTEXT } as const
const ALLEYS = 3
const STANDS_PER_ALLEY = 4
/** A refusal is decided before anything runs. */
const AT_ONCE_MS = 1_000

interface GraphqlAnswer {
  status: number
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string }> }
}

/** Alleys → stands (a join) → stand → alley → stands …, `levels` times. */
function nestedAlleys(levels: number): string {
  let selection = 'name'
  for (let level = 0; level < levels; level += 1) {
    selection = `name stands { docs { name stand { alley { ${selection} } } } }`
  }
  return `{ Alleys { docs { ${selection} } } }`
}

/** GraphQL queries an anonymous caller might send to exhaust the CMS, each refused with 400 before it runs. */
describe.each(TEST_DATABASES)('limits on GraphQL queries on $name', (database) => {
  let started: Payload
  let payload: Payload
  let config: Promise<SanitizedConfig>
  let f: Fixtures

  beforeAll(async () => {
    ;({ payload: started, config } = await startPayloadWithConfig(database))
    f = await createFixtures(started)
    payload = await getPayload({ config })
    for (let alley = 1; alley <= ALLEYS; alley += 1) {
      const { id } = await payload.create({
        ...quiet,
        collection: 'alleys',
        data: {
          name: `Аллея ${alley}`,
          kind: 'company',
          edition: f.edition.id,
          order: alley,
          colour: '#1f5fbf',
        },
      })
      for (let position = 1; position <= STANDS_PER_ALLEY; position += 1) {
        await payload.create({
          ...quiet,
          collection: 'partners',
          data: {
            name: `Стенд ${alley}-${position}`,
            kind: 'company',
            editions: [f.edition.id],
            stand: { alley: id, position },
            _status: 'published',
          },
        })
      }
    }
  })
  afterAll(async () => {
    await payload?.destroy()
    await stopPayload(started)
  })

  /** As a current client asks (application/graphql-response+json), or as curl does (any type). */
  async function graphql(
    query: string,
    accept = 'application/graphql-response+json',
  ): Promise<GraphqlAnswer> {
    const request = new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept },
      body: JSON.stringify({ query }),
    })
    const route = accept === '*/*' ? withRequestErrorStatus(GRAPHQL_POST(config)) : GRAPHQL_POST(config)
    const response = await route(request)
    return { status: response.status, body: (await response.json()) as GraphqlAnswer['body'] }
  }

  async function measured<T>(run: () => Promise<T>): Promise<{ value: T; ms: number; heapMb: number }> {
    const heapBefore = process.memoryUsage().heapUsed
    const startedAt = performance.now()
    const value = await run()
    return {
      value,
      ms: performance.now() - startedAt,
      heapMb: (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20,
    }
  }

  const messages = (answer: GraphqlAnswer) =>
    (answer.body.errors ?? []).map((error) => error.message).join('\n')

  it('still answers what the public and the admin ask', async () => {
    const alleys = await graphql('{ Alleys { docs { name stands { docs { name stand { position } } } } } }')
    expect(alleys.status).toBe(200)
    expect(alleys.body.errors).toBeUndefined()
    const docs = (alleys.body.data?.Alleys as { docs: Array<{ stands: { docs: unknown[] } }> }).docs
    expect(docs).toHaveLength(ALLEYS)
    expect(docs[0]?.stands.docs).toHaveLength(STANDS_PER_ALLEY)
    const sessions = await graphql('{ Sessions(limit: 100) { docs { id title _status } } }')
    expect(sessions.status).toBe(200)
    expect(sessions.body.errors).toBeUndefined()
    const introspection = await graphql(getIntrospectionQuery())
    expect(introspection.status).toBe(200)
    expect(introspection.body.data?.__schema).toBeDefined()
    const oneLevel = await graphql(nestedAlleys(1))
    expect(oneLevel.status).toBe(200)
    expect(oneLevel.body.errors).toBeUndefined()
  })

  it('refuses Alleys → stands → stand → alley twelve levels deep at once, in both languages', async () => {
    const { value, ms, heapMb } = await measured(() => graphql(nestedAlleys(12)))
    expect(value.status).toBe(400)
    expect(messages(value)).toMatch(/[а-я].* — .*[a-z]/i)
    expect(messages(value)).toMatch(/глубин/)
    expect(messages(value)).toMatch(/deep/)
    expect(ms).toBeLessThan(AT_ONCE_MS)
    expect(heapMb).toBeLessThan(50)
  })

  it('refuses the same four levels deep for its fan-out, naming the cost', async () => {
    const { value, ms } = await measured(() => graphql(nestedAlleys(4)))
    expect(value.status).toBe(400)
    expect(messages(value)).toMatch(/Стоимость запроса .* — The query's cost/)
    expect(ms).toBeLessThan(AT_ONCE_MS)
  })

  it('counts the limit a query asks of a list, not just its fields', async () => {
    const wide = await graphql(
      '{ Alleys(limit: 1000) { docs { stands(limit: 1000) { docs { name stand { alley { name } } } } } } }',
    )
    expect(wide.status).toBe(400)
    expect(messages(wide)).toMatch(/cost/)
  })

  it('refuses a query as wide as it is cheap to write: aliases and fragments spread twice over', async () => {
    const aliases = Array.from(
      { length: 300 },
      (_, index) => `a${index}: Alleys(limit: 100) { docs { name } }`,
    )
    const wide = await measured(() => graphql(`{ ${aliases.join(' ')} }`))
    expect(wide.value.status).toBe(400)
    expect(messages(wide.value)).toMatch(/cost/)
    const fragments = ['fragment F0 on Alley { name stands { docs { name } } }']
    for (let level = 1; level <= 24; level += 1)
      fragments.push(`fragment F${level} on Alley { ...F${level - 1} ...F${level - 1} }`)
    const query = ['{ Alleys { docs { ...F24 } } }', ...fragments].join(' ')
    const doubled = await measured(() => graphql(query))
    expect(doubled.value.status).toBe(400)
    expect(doubled.ms).toBeLessThan(AT_ONCE_MS)
  })

  it('refuses a fragment cycle with 400 rather than failing', async () => {
    const cycle =
      'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A Alleys { docs { name } } }'
    for (const accept of ['application/graphql-response+json', '*/*']) {
      const answer = await graphql(cycle, accept)
      expect(answer.status, accept).toBe(400)
      expect(answer.body.data, accept).toBeUndefined()
      expect(messages(answer), accept).toMatch(/фрагмент.* — .*fragments/i)
    }
  })

  it('answers a refused query 400 to a client that accepts any type, and a query that ran 200', async () => {
    const refused = await graphql(nestedAlleys(12), '*/*')
    expect(refused.status).toBe(400)
    expect(refused.body.data).toBeUndefined()
    const ran = await graphql('{ Alleys { docs { name } } }', '*/*')
    expect(ran.status).toBe(200)
    expect(ran.body.data?.Alleys).toBeDefined()
  })

  it('refuses a GraphQL where nested deeper than it may', async () => {
    let where = '{ name: { equals: "x" } }'
    for (let level = 0; level < 8; level += 1) where = `{ OR: [${where}] }`
    const answer = await graphql(`{ Alleys(where: ${where}) { docs { name } } }`)
    expect(answer.body.data?.Alleys ?? null).toBeNull()
    expect(messages(answer)).toMatch(/where.* — .*where/)
  })
})

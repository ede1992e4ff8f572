/**
 * What a stranger can send to the running CMS (the production build `npm start` serves), kept as
 * regressions: none of it may stop the CMS, its editors' saves or its sign-ins. Figures are
 * reported with each test (Playwright's annotations), never used as limits.
 */
import type { APIRequestContext } from '@playwright/test'

import { expect, test } from './support/fixtures'

const EDITOR = { email: 'editor@demo.programma.local', password: 'programma-demo' }
const ADMIN = { email: 'admin@demo.programma.local', password: 'programma-demo' }
const NEVER_PUBLISHED = 'chernovik-itogi-salona-2022'

const percentile = (values: number[], share: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(share * values.length) - 1)] ?? 0

async function tokenOf(api: APIRequestContext, cms: string, account = EDITOR): Promise<string> {
  const response = await api.post(`${cms}/api/users/login`, { data: account })
  expect(response.status()).toBe(200)
  return ((await response.json()) as { token: string }).token
}

/** Runs `action` over and over from `clients` callers at once until `until`, collecting what each returned. */
async function hammer<T>(clients: number, until: number, action: () => Promise<T>): Promise<T[]> {
  const results: T[] = []
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < until) results.push(await action())
    }),
  )
  return results
}

test('editors save while strangers hammer the snapshot and ask for password resets', async ({
  playwright,
  cms,
}) => {
  test.setTimeout(120_000)
  const editor = await playwright.request.newContext()
  const strangers = await playwright.request.newContext()
  const token = await tokenOf(editor, cms)
  const headers = { Authorization: `JWT ${token}` }
  // A session that was never published: saving its draft changes nothing the site or other tests see.
  const drafts = (await (
    await editor.get(`${cms}/api/sessions?where[slug][equals]=${NEVER_PUBLISHED}&draft=true&depth=0`, {
      headers,
    })
  ).json()) as { docs: Array<{ id: number }> }
  const id = drafts.docs[0]?.id as number
  expect(id).toBeDefined()
  const until = Date.now() + 20_000

  const [snapshots, resets, saves] = await Promise.all([
    hammer(20, until, async () => (await strangers.get(`${cms}/api/snapshot`)).status()),
    hammer(3, until, async () => {
      const started = Date.now()
      const response = await strangers.post(`${cms}/api/users/forgot-password`, {
        data: { email: `nobody-${Math.random()}@example.org` },
      })
      return { status: response.status(), ms: Date.now() - started }
    }),
    hammer(1, until, async () => {
      const started = Date.now()
      const response = await editor.patch(`${cms}/api/sessions/${id}?draft=true`, {
        headers,
        data: { place: { hall: `Зал ${started}` } },
      })
      return { status: response.status(), ms: Date.now() - started }
    }),
  ])
  test.info().annotations.push({
    type: 'figures',
    description: `${saves.length} saves, p50/p95 ${percentile(
      saves.map((s) => s.ms),
      0.5,
    )}/${percentile(
      saves.map((s) => s.ms),
      0.95,
    )} ms; ${snapshots.length} snapshot requests; ${resets.length} password resets, p95 ${percentile(
      resets.map((r) => r.ms),
      0.95,
    )} ms`,
  })
  expect(saves.filter((save) => save.status !== 200)).toEqual([])
  expect(saves.length).toBeGreaterThan(5)
  expect(resets.filter((reset) => reset.status !== 200)).toEqual([])
  expect(snapshots.filter((status) => status !== 200)).toEqual([])
  expect((await editor.post(`${cms}/api/users/login`, { data: EDITOR })).status()).toBe(200)
  await Promise.all([editor.dispose(), strangers.dispose()])
})

test('a GraphQL query nested deep through join fields is refused before it runs', async ({
  request,
  cms,
}) => {
  let selection = 'id'
  for (let level = 0; level < 12; level += 1)
    selection = `stands { docs { id stand { alley { id ${selection} } } } }`
  const started = Date.now()
  const deep = await request.post(`${cms}/api/graphql`, {
    data: { query: `{ Alleys { docs { ${selection} } } }` },
  })
  expect(deep.status()).toBe(400)
  test.info().annotations.push({ type: 'figures', description: `refused in ${Date.now() - started} ms` })
  expect((await request.get(`${cms}/api/editions?limit=1`)).status()).toBe(200)
})

test('a GraphQL fragment cycle and an enormous where are refused with 400, a huge page is capped', async ({
  request,
  cms,
}) => {
  const cycle = await request.post(`${cms}/api/graphql`, {
    data: {
      query: 'query { Sessions { ...a } } fragment a on Sessions { ...b } fragment b on Sessions { ...a }',
    },
  })
  expect(cycle.status()).toBe(400)
  const terms = Array.from(
    { length: 5000 },
    (_, index) => `where[or][${index}][slug][equals]=s${index}`,
  ).join('&')
  const where = await request.post(`${cms}/api/sessions`, {
    headers: { 'X-HTTP-Method-Override': 'GET', 'content-type': 'application/x-www-form-urlencoded' },
    data: terms,
  })
  expect(where.status()).toBe(400)
  expect(await where.text()).toMatch(/where.*(слишком|too large)/i)
  const page = (await (await request.get(`${cms}/api/experts?limit=100000&depth=0`)).json()) as {
    docs: unknown[]
  }
  expect(page.docs.length).toBeLessThanOrEqual(100)
})

test('failed sign-ins from a stranger never lock the admin out', async ({ playwright, cms }) => {
  const stranger = await playwright.request.newContext({
    extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.66' },
  })
  const statuses: number[] = []
  for (let attempt = 0; attempt < 8; attempt += 1) {
    statuses.push(
      (await stranger.post(`${cms}/api/users/login`, { data: { ...ADMIN, password: 'guess' } })).status(),
    )
  }
  expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
  expect(statuses.at(-1)).toBe(429)
  const admin = await playwright.request.newContext()
  expect((await admin.post(`${cms}/api/users/login`, { data: ADMIN })).status()).toBe(200)
  await Promise.all([stranger.dispose(), admin.dispose()])
})

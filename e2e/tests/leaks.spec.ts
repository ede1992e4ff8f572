import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import type { APIRequestContext } from '@playwright/test'

import { expect, test } from './support/fixtures'
import { type Answer, everyGraphqlPage, everyRestPage } from './support/pages'

const EDITOR = { email: 'editor@demo.programma.local', password: 'programma-demo' }
/** Scheduled in the demo for 2030: a draft with a publication waiting in the job queue. */
const SCHEDULED = { slug: 'anons-sleduyushchego-salona', title: 'Анонс следующего салона' }
const PUBLISHED_SLUG = 'plenarnoe-zasedanie-nazad-v-budushchee'
const UNPUBLISHED_CHANGE = 'Неопубликованная правка пленарного заседания'
/** Never published: a session, the expert who moderates it and a partner, all saved as drafts. */
const NEVER_PUBLISHED = {
  session: 'Черновик сессии, которой нет на сайте',
  expert: 'Черновикова Неопубликованная',
  partner: 'Черновой партнёр без публикации',
}

test.describe.configure({ mode: 'serial' })

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const full = path.join(folder, entry)
    return statSync(full).isDirectory() ? filesUnder(full) : [full]
  })
}

/** Text of every published file, search index fragments unpacked. */
function publishedText(file: string): string {
  const bytes = readFileSync(file)
  if (file.endsWith('.pf_fragment')) return gunzipSync(bytes).toString('utf8')
  return bytes.toString('utf8')
}

async function editorHeaders(request: APIRequestContext, cms: string): Promise<Record<string, string>> {
  const response = await request.post(`${cms}/api/users/login`, { data: EDITOR })
  expect(response.ok()).toBe(true)
  return { Authorization: `JWT ${((await response.json()) as { token: string }).token}` }
}

const secrets = [SCHEDULED.slug, SCHEDULED.title, UNPUBLISHED_CHANGE, ...Object.values(NEVER_PUBLISHED)]

async function saveNeverPublishedDrafts(
  request: APIRequestContext,
  cms: string,
  headers: Record<string, string>,
) {
  const draft = async (collection: string, data: Record<string, unknown>) => {
    const response = await request.post(`${cms}/api/${collection}?draft=true`, {
      headers,
      data: { ...data, _status: 'draft' },
    })
    expect(response.ok(), await response.text()).toBe(true)
    const { doc } = (await response.json()) as { doc: { id: number; _status: string } }
    expect(doc._status).toBe('draft')
    return doc.id
  }
  const edition = (await (
    await request.get(`${cms}/api/editions?where[year][equals]=2022&depth=0`)
  ).json()) as {
    docs: Array<{ id: number }>
  }
  const expert = await draft('experts', { name: NEVER_PUBLISHED.expert })
  const partner = await draft('partners', { name: NEVER_PUBLISHED.partner })
  await draft('sessions', {
    title: NEVER_PUBLISHED.session,
    start: '2022-04-28T15:00:00.000Z',
    end: '2022-04-28T16:00:00.000Z',
    format: 'panel',
    edition: edition.docs[0]?.id,
    participants: [{ expert, role: 'moderator' }],
    partners: [{ partner, role: 'organiser' }],
  })
}

test('drafts, a draft change to a published session and a scheduled session stay out of the API', async ({
  request,
  playwright,
  cms,
}) => {
  const headers = await editorHeaders(request, cms)
  const found = (await (
    await request.get(`${cms}/api/sessions?where[slug][equals]=${PUBLISHED_SLUG}&depth=0`)
  ).json()) as { docs: Array<{ id: number; title: string }> }
  const published = found.docs[0]
  if (!published) throw new Error('the plenary session is missing')
  const draftSave = await request.patch(`${cms}/api/sessions/${published.id}?draft=true`, {
    headers,
    data: { title: UNPUBLISHED_CHANGE },
  })
  expect(draftSave.ok()).toBe(true)
  const scheduled = (await (
    await request.get(`${cms}/api/sessions?where[slug][equals]=${SCHEDULED.slug}&draft=true&depth=0`, {
      headers,
    })
  ).json()) as { docs: Array<{ _status: string }> }
  expect(scheduled.docs.map((doc) => doc._status)).toEqual(['draft'])
  await saveNeverPublishedDrafts(request, cms, headers)

  // A context of its own: the editor's login above left a session cookie in `request`.
  const reader = await playwright.request.newContext()
  const single = async (url: string): Promise<Answer> => {
    const response = await reader.get(url)
    return { url, status: response.status(), body: await response.text() }
  }
  const anyNext = (data: Record<string, { hasNextPage?: boolean }>) =>
    Object.values(data).some((list) => list.hasNextPage)
  const anonymous = [
    ...(await everyRestPage(reader, `${cms}/api/sessions?limit=100&draft=true&depth=1`)),
    await single(`${cms}/api/sessions/${published.id}?draft=true`),
    await single(`${cms}/api/sessions?where[slug][equals]=${SCHEDULED.slug}`),
    ...(await everyGraphqlPage(
      reader,
      `${cms}/api/graphql`,
      (page) =>
        `{ Sessions(draft: true, limit: 100, page: ${page}) { hasNextPage docs { title slug lead } } }`,
      anyNext,
    )),
    ...(await everyRestPage(reader, `${cms}/api/experts?limit=100&draft=true&depth=0`)),
    ...(await everyRestPage(reader, `${cms}/api/partners?limit=100&draft=true&depth=0`)),
    ...(await everyGraphqlPage(
      reader,
      `${cms}/api/graphql`,
      (page) =>
        `{ Experts(draft: true, limit: 100, page: ${page}) { hasNextPage docs { name } } Partners(draft: true, limit: 100, page: ${page}) { hasNextPage docs { name } } }`,
      anyNext,
    )),
    await single(`${cms}/api/snapshot`),
  ]
  expect(anonymous.filter((answer) => answer.status !== 200).map((answer) => answer.url)).toEqual([])
  expect((await single(`${cms}/api/sessions/versions`)).status).toBe(403)
  for (const answer of anonymous) {
    for (const secret of secrets) expect(answer.body, `${answer.url} leaks "${secret}"`).not.toContain(secret)
  }
  const own = (await (await reader.get(`${cms}/api/sessions/${published.id}`)).json()) as { title: string }
  expect(own.title).toBe(published.title)
  await reader.dispose()
})

test('they stay out of every file of the rebuilt site, its search index included', async ({
  request,
  cms,
  siteDist,
}) => {
  test.setTimeout(300_000)
  const headers = await editorHeaders(request, cms)
  const pressedAt = Date.now()
  expect((await request.post(`${cms}/api/site-build/rebuild`, { headers })).status()).toBe(202)
  await expect
    .poll(
      async () => {
        const status = (await (await request.get(`${cms}/api/site-build`, { headers })).json()) as {
          state: string
          liveSince?: string
          error?: string
        }
        if (status.state === 'failed') throw new Error(`The site build failed: ${status.error}`)
        return status.state === 'live' && new Date(status.liveSince ?? 0).getTime() > pressedAt
      },
      { timeout: 240_000, intervals: [1000] },
    )
    .toBe(true)

  const files = filesUnder(siteDist).filter((file) =>
    /\.(html|xml|txt|json|ics|atom|pf_fragment)$/.test(file),
  )
  expect(files.filter((file) => file.endsWith('.pf_fragment')).length).toBeGreaterThan(100)
  const leaks: string[] = []
  for (const file of files) {
    const text = publishedText(file)
    for (const secret of secrets)
      if (text.includes(secret)) leaks.push(`${path.relative(siteDist, file)}: ${secret}`)
  }
  expect(leaks).toEqual([])
})

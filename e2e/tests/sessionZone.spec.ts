/**
 * Times in the admin are typed on the clock of the session's edition: picking an edition in
 * another zone moves the zone beside each time, and the times typed keep their reading.
 * The edition and session made here are deleted again, and the site rebuilt without them,
 * so the specs after this one read the programme they expect.
 */
import type { APIRequestContext, Page } from '@playwright/test'

import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@programma/cms/demo-accounts'

import { addParticipantRow, pickEdition } from './support/admin'
import { expect, test } from './support/fixtures'

const EDITOR = { email: DEMO_ACCOUNTS[1].email, password: DEMO_PASSWORD }
// Unique per run, so a rerun against the same database finds its own edition.
const RUN = Date.now() % 100000
const EDITION_TITLE = `Самарский выпуск ${RUN}`
const SESSION_TITLE = `Сессия по самарскому времени ${RUN}`
const MOSCOW = 'Москва, МСК (UTC+3)'
const SAMARA = 'Самара (UTC+4)'
const PUBLISH = /^Опубликовать( изменения)?$/

// A reader far from both zones: what the admin shows must not depend on the browser's clock.
test.use({ timezoneId: 'Asia/Novosibirsk', locale: 'ru-RU' })

interface BuildStatus {
  state: string
  startedAt?: string | null
  error?: string | null
}

async function token(request: APIRequestContext, cms: string): Promise<string> {
  const response = await request.post(`${cms}/api/users/login`, { data: EDITOR })
  expect(response.ok()).toBe(true)
  return ((await response.json()) as { token: string }).token
}

async function logIn(page: Page, cms: string): Promise<void> {
  await page.goto(`${cms}/admin/login`, { waitUntil: 'networkidle' })
  await page.getByLabel(/Электронная почта|Email/).fill(EDITOR.email)
  await page.getByLabel(/Пароль|Password/).fill(EDITOR.password)
  await page.getByRole('button', { name: /Войти|Login/ }).click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))
}

async function createSamaraEdition(request: APIRequestContext, cms: string, jwt: string): Promise<number> {
  const response = await request.post(`${cms}/api/editions`, {
    headers: { Authorization: `JWT ${jwt}` },
    data: {
      title: EDITION_TITLE,
      year: 2021,
      format: 'online',
      timeZone: 'Europe/Samara',
      startDate: '2021-05-20',
      endDate: '2021-05-21',
    },
  })
  expect(response.ok()).toBe(true)
  return ((await response.json()) as { doc: { id: number } }).doc.id
}

async function typeTime(page: Page, field: string, value: string): Promise<void> {
  const input = page.locator(`#field-${field}`).getByRole('textbox')
  await input.fill(value)
  await input.press('Enter')
}

/** Waits for a site build that began after `since` to go live: the site then shows what the CMS held at `since`. */
async function waitForBuildAfter(
  request: APIRequestContext,
  cms: string,
  jwt: string,
  since: number,
): Promise<void> {
  await expect
    .poll(
      async () => {
        const response = await request.get(`${cms}/api/site-build`, {
          headers: { Authorization: `JWT ${jwt}` },
        })
        const status = (await response.json()) as BuildStatus
        if (status.state === 'failed') throw new Error(`The site build failed: ${status.error}`)
        return status.state === 'live' && new Date(status.startedAt ?? 0).getTime() > since
      },
      { timeout: 240_000, intervals: [1000] },
    )
    .toBe(true)
}

/** What the test made, deleted again whatever became of the test. */
const made: { session?: number; edition?: number } = {}

test.afterAll(async ({ playwright, cms }) => {
  test.setTimeout(300_000)
  const request = await playwright.request.newContext()
  try {
    const jwt = await token(request, cms)
    const headers = { Authorization: `JWT ${jwt}` }
    const removedAt = Date.now()
    const paths = [
      made.session ? `sessions/${made.session}` : undefined,
      made.edition ? `editions/${made.edition}` : undefined,
    ].filter((path): path is string => path !== undefined)
    for (const path of paths)
      expect((await request.delete(`${cms}/api/${path}`, { headers })).ok()).toBe(true)
    if (paths.length > 0) await waitForBuildAfter(request, cms, jwt, removedAt)
  } finally {
    await request.dispose()
  }
})

test('times typed before the edition is picked keep their reading on the edition’s clock', async ({
  page,
  request,
  cms,
}) => {
  test.setTimeout(180_000)
  const jwt = await token(request, cms)
  made.edition = await createSamaraEdition(request, cms, jwt)
  await logIn(page, cms)

  await page.goto(`${cms}/admin/collections/sessions/create`, { waitUntil: 'networkidle' })
  await page.locator('#field-title').fill(SESSION_TITLE)
  await typeTime(page, 'start', '20.05.2021 10:00')
  await typeTime(page, 'end', '20.05.2021 11:30')
  await expect(page.locator('#field-start')).toContainText(MOSCOW)

  await pickEdition(page, EDITION_TITLE)
  for (const field of ['start', 'end']) await expect(page.locator(`#field-${field}`)).toContainText(SAMARA)
  await expect(page.locator('#field-start').getByRole('textbox')).toHaveValue('20.05.2021 10:00')
  await expect(page.locator('#field-end').getByRole('textbox')).toHaveValue('20.05.2021 11:30')
  await page.getByRole('button', { name: 'Трансляция и запись', exact: true }).click()
  await expect(page.locator('#field-recording__publishedAt')).toContainText(SAMARA)

  await addParticipantRow(page)
  await page.getByRole('option').first().click()
  await page.getByRole('button', { name: PUBLISH }).click()
  await page.waitForURL(/\/admin\/collections\/sessions\/\d+/)
  made.session = Number(page.url().match(/sessions\/(\d+)/)?.[1])

  const stored = (await (
    await request.get(`${cms}/api/sessions/${made.session}?depth=0`, {
      headers: { Authorization: `JWT ${jwt}` },
    })
  ).json()) as {
    start: string
    start_tz: string
    end: string
    end_tz: string
    _status: string
    participants: Array<{ expert: number }>
  }
  expect(stored).toMatchObject({
    start: '2021-05-20T06:00:00.000Z',
    start_tz: 'Europe/Samara',
    end: '2021-05-20T07:30:00.000Z',
    end_tz: 'Europe/Samara',
    _status: 'published',
  })
  expect(stored.participants).toHaveLength(1)

  const writes: string[] = []
  page.on('request', (sent) => {
    if (sent.method() !== 'GET' && sent.url().includes('/api/sessions')) writes.push(sent.url())
  })
  await page.goto(`${cms}/admin/collections/sessions/${made.session}`, { waitUntil: 'networkidle' })
  await expect(page.locator('#field-start').getByRole('textbox')).toHaveValue('20.05.2021 10:00')
  await expect(page.locator('#field-start')).toContainText(SAMARA)
  await expect(page.getByRole('button', { name: PUBLISH })).toBeDisabled()
  await page.getByRole('banner').getByRole('link', { name: 'Сессии' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/sessions(\?.*)?$/)
  expect(writes).toEqual([])
})

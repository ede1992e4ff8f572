import type { APIRequestContext, Page } from '@playwright/test'
import ICAL from 'ical.js'

import { addParticipantRow, pickEdition } from './support/admin'
import { expect, test } from './support/fixtures'

// Runs last (files run in name order): it changes the programme the other specs read.
const EDITOR = { email: 'editor@demo.programma.local', password: 'programma-demo' }
const CURATOR = { email: 'curator@demo.programma.local', password: 'programma-demo' }
// Unique per run, so a rerun against the same database finds its own expert.
const EXPERT_NAME = `Ольга Сквозная-Проверкина ${Date.now() % 100000}`
const SESSION_TITLE = 'Сквозная проверка: от редактора до календаря'

test.describe.configure({ mode: 'serial' })
test.use({ timezoneId: 'Asia/Novosibirsk', locale: 'ru-RU' })

interface BuildStatus {
  state: string
  liveSince?: string | null
  reasons?: string[] | null
  error?: string | null
}

async function logIn(page: Page, cms: string): Promise<void> {
  await page.goto(`${cms}/admin/login`, { waitUntil: 'networkidle' })
  await page.getByLabel(/Электронная почта|Email/).fill(EDITOR.email)
  await page.getByLabel(/Пароль|Password/).fill(EDITOR.password)
  await page.getByRole('button', { name: /Войти|Login/ }).click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))
}

async function token(request: APIRequestContext, cms: string, account = EDITOR): Promise<string> {
  const response = await request.post(`${cms}/api/users/login`, { data: account })
  expect(response.ok()).toBe(true)
  return ((await response.json()) as { token: string }).token
}

async function buildStatus(request: APIRequestContext, cms: string, jwt: string): Promise<BuildStatus> {
  const response = await request.get(`${cms}/api/site-build`, { headers: { Authorization: `JWT ${jwt}` } })
  expect(response.ok()).toBe(true)
  return (await response.json()) as BuildStatus
}

/** Waits for the rebuild that follows an edit made after `since`, and for it to go live. */
async function waitForRebuild(
  request: APIRequestContext,
  cms: string,
  jwt: string,
  since: number,
): Promise<BuildStatus> {
  let status: BuildStatus = { state: 'unknown' }
  await expect
    .poll(
      async () => {
        status = await buildStatus(request, cms, jwt)
        if (status.state === 'failed') throw new Error(`The site build failed: ${status.error}`)
        return status.state === 'live' && new Date(status.liveSince ?? 0).getTime() > since
      },
      { timeout: 240_000, intervals: [1000] },
    )
    .toBe(true)
  return status
}

/** The editor publishes a change to the flow's session; resolves once the rebuilt site is live. */
async function publishChange(
  request: APIRequestContext,
  cms: string,
  data: Record<string, unknown>,
): Promise<void> {
  const jwt = await token(request, cms)
  const editedAt = Date.now()
  const saved = await request.patch(`${cms}/api/sessions/${sessionId}`, {
    headers: { Authorization: `JWT ${jwt}` },
    data: { ...data, _status: 'published' },
  })
  expect(saved.ok()).toBe(true)
  await waitForRebuild(request, cms, jwt, editedAt)
}

function sessionEvent(ics: string): ICAL.Component {
  const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')
  if (!event) throw new Error('no VEVENT in the session feed')
  return event
}

let sessionSlug = ''
let sessionId = 0
let expertSlug = ''
let sequenceBefore = 0

test('an editor creates an expert and a session with them, publishes, and the site follows', async ({
  page,
  request,
  cms,
  site,
}) => {
  test.setTimeout(300_000)
  const jwt = await token(request, cms)
  await logIn(page, cms)

  await page.goto(`${cms}/admin/collections/experts/create`, { waitUntil: 'networkidle' })
  await page.locator('#field-name').fill(EXPERT_NAME)
  await page.getByRole('button', { name: /^Опубликовать( изменения)?$/ }).click()
  await page.waitForURL(/\/admin\/collections\/experts\/\d+/)
  const expertId = Number(page.url().match(/experts\/(\d+)/)?.[1])

  const editions = (await (
    await request.get(`${cms}/api/editions?where[year][equals]=2022&depth=0`)
  ).json()) as {
    docs: Array<{ id: number; slug: string }>
  }
  const edition = editions.docs[0]
  if (!edition) throw new Error('the 2022 edition is missing')

  await page.goto(`${cms}/admin/collections/sessions/create`, { waitUntil: 'networkidle' })
  await page.locator('#field-title').fill(SESSION_TITLE)
  await page.locator('#field-start').getByRole('textbox').fill('29.04.2022 10:00')
  await page.locator('#field-start').getByRole('textbox').press('Enter')
  await page.locator('#field-end').getByRole('textbox').fill('29.04.2022 11:00')
  await page.locator('#field-end').getByRole('textbox').press('Enter')
  await pickEdition(page, /2022/)
  await addParticipantRow(page)
  await page.keyboard.type('Сквозная')
  await page.getByRole('option', { name: EXPERT_NAME }).first().click()
  const editedAt = Date.now()
  await page.getByRole('button', { name: /^Опубликовать( изменения)?$/ }).click()
  await page.waitForURL(/\/admin\/collections\/sessions\/\d+/)
  sessionId = Number(page.url().match(/sessions\/(\d+)/)?.[1])

  const stored = (await (
    await request.get(`${cms}/api/sessions/${sessionId}?depth=1`, {
      headers: { Authorization: `JWT ${jwt}` },
    })
  ).json()) as {
    slug: string
    start: string
    _status: string
    participants: Array<{ expert: { slug: string } }>
  }
  expect(stored._status).toBe('published')
  expect(stored.start).toBe('2022-04-29T07:00:00.000Z')
  sessionSlug = stored.slug
  expertSlug = stored.participants[0]?.expert.slug ?? ''
  expect(expertId).toBeGreaterThan(0)

  await waitForRebuild(request, cms, jwt, editedAt)

  await page.goto(`${site}/sessions/${sessionSlug}/`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(SESSION_TITLE)
  await expect(page.getByText('10:00').first()).toBeVisible()
  await expect(page.getByRole('link', { name: EXPERT_NAME }).first()).toBeVisible()

  await page.goto(`${site}/experts/${expertSlug}/`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(EXPERT_NAME)
  await expect(page.getByRole('link', { name: SESSION_TITLE })).toBeVisible()

  await page.goto(`${site}/search/?q=${encodeURIComponent('сквозная проверка')}`)
  await expect(page.getByRole('link', { name: SESSION_TITLE }).first()).toBeVisible({ timeout: 15_000 })

  const feed = await request.get(`${site}/calendar/sessions/${sessionSlug}.ics`)
  const event = sessionEvent(await feed.text())
  expect(event.getFirstPropertyValue('summary')).toBe(SESSION_TITLE)
  sequenceBefore = Number(event.getFirstPropertyValue('sequence') ?? 0)
  const editionFeed = await (await request.get(`${site}/calendar/${edition.slug}.ics`)).text()
  expect(editionFeed).toContain(`session-${sessionId}@`)
})

test('the editor moves the session: page and feeds show the new time with a higher SEQUENCE', async ({
  page,
  request,
  cms,
  site,
}) => {
  test.setTimeout(300_000)
  await publishChange(request, cms, { start: '2022-04-29T09:30:00.000Z', end: '2022-04-29T10:30:00.000Z' })

  await page.goto(`${site}/sessions/${sessionSlug}/`)
  await expect(page.getByText('12:30').first()).toBeVisible()
  const event = sessionEvent(await (await request.get(`${site}/calendar/sessions/${sessionSlug}.ics`)).text())
  expect(event.getFirstPropertyValue('dtstart')?.toString()).toContain('2022-04-29T12:30:00')
  expect(Number(event.getFirstPropertyValue('sequence'))).toBeGreaterThan(sequenceBefore)
  sequenceBefore = Number(event.getFirstPropertyValue('sequence'))
})

test('the editor cancels it: the page says so and the feeds carry STATUS:CANCELLED', async ({
  page,
  request,
  cms,
  site,
}) => {
  test.setTimeout(300_000)
  await publishChange(request, cms, { status: 'cancelled' })

  await page.goto(`${site}/sessions/${sessionSlug}/`)
  await expect(page.getByText('Сессия отменена').first()).toBeVisible()
  const event = sessionEvent(await (await request.get(`${site}/calendar/sessions/${sessionSlug}.ics`)).text())
  expect(event.getFirstPropertyValue('status')).toBe('CANCELLED')
  expect(Number(event.getFirstPropertyValue('sequence'))).toBeGreaterThan(sequenceBefore)
  const expertFeed = await (await request.get(`${site}/calendar/experts/${expertSlug}.ics`)).text()
  expect(expertFeed).toContain('STATUS:CANCELLED')
})

test('the admin dashboard shows the site live and rebuilds it by hand', async ({ page, request, cms }) => {
  test.setTimeout(300_000)
  const jwt = await token(request, cms)
  await logIn(page, cms)
  await page.goto(`${cms}/admin`, { waitUntil: 'networkidle' })
  const panel = page.getByRole('region', { name: 'Публичный сайт' })
  await expect(panel.getByRole('status')).toContainText('Сайт опубликован')
  const pressedAt = Date.now()
  await panel.getByRole('button', { name: 'Пересобрать сайт сейчас' }).click()
  await expect(panel.getByRole('status')).toContainText(/собирается|опубликован/)
  const status = await waitForRebuild(request, cms, jwt, pressedAt)
  expect(status.reasons).toEqual([`manual:${EDITOR.email}`])
  await expect(panel.getByRole('status')).toContainText('Сайт опубликован', { timeout: 30_000 })
})

test('a curator cannot touch a session of another forum', async ({ request, cms }) => {
  const jwt = await token(request, cms, CURATOR)
  const headers = { Authorization: `JWT ${jwt}` }
  const me = (await (await request.get(`${cms}/api/users/me`, { headers })).json()) as {
    user: { forums: Array<number | { id: number }> }
  }
  const own = me.user.forums.map((forum) => (typeof forum === 'object' ? forum.id : forum))
  const admin = await token(request, cms, EDITOR)
  const foreign = (await (
    await request.get(
      `${cms}/api/sessions?where[forum][not_in]=${own.join(',')}&where[forum][exists]=true&limit=1&depth=0`,
      {
        headers: { Authorization: `JWT ${admin}` },
      },
    )
  ).json()) as { docs: Array<{ id: number; title: string }> }
  const target = foreign.docs[0]
  if (!target) throw new Error('no session outside the curator’s forums')
  const seen = await request.get(`${cms}/api/sessions/${target.id}?draft=true`, { headers })
  expect(seen.status()).toBe(404)
  const edit = await request.patch(`${cms}/api/sessions/${target.id}`, {
    headers,
    data: { title: 'Чужая правка' },
  })
  expect([403, 404]).toContain(edit.status())
  const after = (await (
    await request.get(`${cms}/api/sessions/${target.id}?depth=0`, {
      headers: { Authorization: `JWT ${admin}` },
    })
  ).json()) as { title: string }
  expect(after.title).toBe(target.title)
})

test('a double-booked expert is warned about in the edit view, and the warning goes once fixed', async ({
  page,
  request,
  cms,
}) => {
  const jwt = await token(request, cms)
  const headers = { Authorization: `JWT ${jwt}` }
  const expert = (await (
    await request.get(`${cms}/api/experts?where[slug][equals]=${expertSlug}&depth=0`, { headers })
  ).json()) as { docs: Array<{ id: number }> }
  const expertId = expert.docs[0]?.id
  const edition = (await (
    await request.get(`${cms}/api/editions?where[year][equals]=2022&depth=0`)
  ).json()) as {
    docs: Array<{ id: number }>
  }
  const create = (title: string, start: string, end: string) =>
    request.post(`${cms}/api/sessions?draft=true`, {
      headers,
      data: {
        title,
        start,
        end,
        format: 'panel',
        edition: edition.docs[0]?.id,
        participants: [{ expert: expertId, role: 'moderator' }],
        _status: 'draft',
      },
    })
  const first = (await (
    await create('Первая встреча', '2022-04-30T07:00:00.000Z', '2022-04-30T08:00:00.000Z')
  ).json()) as {
    doc: { id: number }
  }
  const second = (await (
    await create('Вторая встреча', '2022-04-30T07:30:00.000Z', '2022-04-30T08:30:00.000Z')
  ).json()) as {
    doc: { id: number }
  }

  await logIn(page, cms)
  await page.goto(`${cms}/admin/collections/sessions/${second.doc.id}`, { waitUntil: 'networkidle' })
  const warnings = page.getByRole('region', { name: 'Предупреждения' })
  await expect(warnings).toContainText(`${EXPERT_NAME} участвует в двух сессиях одновременно`)
  await expect(warnings.getByRole('link', { name: `открыть #${first.doc.id}` })).toBeVisible()

  await page.goto(`${cms}/admin/conflicts`, { waitUntil: 'networkidle' })
  await expect(page.getByRole('heading', { name: /Эксперт в двух местах сразу/ })).toBeVisible()

  const moved = await request.patch(`${cms}/api/sessions/${second.doc.id}?draft=true`, {
    headers,
    data: { start: '2022-04-30T08:00:00.000Z', end: '2022-04-30T09:00:00.000Z' },
  })
  expect(moved.ok()).toBe(true)
  await page.goto(`${cms}/admin/collections/sessions/${second.doc.id}`, { waitUntil: 'networkidle' })
  await expect(page.locator('#field-title')).toHaveValue('Вторая встреча')
  await expect(page.getByRole('region', { name: 'Предупреждения' })).toHaveCount(0)
})

test('an editor imports experts from a spreadsheet: a bad file is refused with its line, a good one goes in', async ({
  page,
  request,
  cms,
}) => {
  test.setTimeout(120_000)
  await logIn(page, cms)
  await page.goto(`${cms}/admin/import`, { waitUntil: 'networkidle' })
  await page.getByLabel('Что импортируем').selectOption('experts')
  const file = page.locator('input[type="file"]')
  const check = page.getByRole('button', { name: 'Проверить' })
  const apply = page.getByRole('button', { name: 'Импортировать' })

  await file.setInputFiles({
    name: 'experts.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('slug;name_ru\nmariya-importova;Мария Импортова\nmariya-importova;Мария Повторова\n'),
  })
  await check.click()
  await expect(page.getByRole('status').filter({ hasText: 'отклонено: 2' })).toBeVisible()
  await expect(page.getByRole('cell', { name: '3', exact: true })).toBeVisible()
  await expect(apply).toBeDisabled()

  await file.setInputFiles({
    name: 'experts.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('slug;name_ru;organisation_ru\nmariya-importova;Мария Импортова;Лицей № 2\n'),
  })
  await check.click()
  await expect(page.getByRole('status').filter({ hasText: 'будет создано: 1' })).toBeVisible()
  await apply.click()
  await expect(page.getByText('Импорт выполнен.')).toBeVisible({ timeout: 30_000 })
  const stored = (await (
    await request.get(`${cms}/api/experts?where[slug][equals]=mariya-importova&depth=0`)
  ).json()) as {
    docs: Array<{ name: string; organisation: string }>
  }
  expect(stored.docs).toEqual([
    expect.objectContaining({ name: 'Мария Импортова', organisation: 'Лицей № 2' }),
  ])
})

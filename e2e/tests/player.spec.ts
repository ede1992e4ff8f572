import type { Page } from '@playwright/test'

import { expect, test } from './support/fixtures'
import { interceptVideoProviders } from './support/videoProviders'

const SAMARA = '/sessions/opyt-problemy-i-perspektivy-distantsionnogo-obucheniya-v-samarskoy-oblasti/'
/** The Samara round table: 29 April 2020, 17:20–18:50 Moscow time; its recording came out at 19:05. */
const START = '2020-04-29T14:20:00Z'
async function openSamaraAt(page: Page, site: string, time: string, path = SAMARA): Promise<void> {
  await page.clock.install({ time: new Date(time) })
  await page.goto(`${site}${path}`)
}

const player = (page: Page) => page.locator('#player')

test('before the start the player counts down and offers the calendar', async ({ page, site }) => {
  await openSamaraAt(page, site, '2020-04-28T10:00:00Z')
  await expect(player(page)).toHaveAttribute('data-state', 'upcoming')
  await expect(player(page)).toContainText('Начало через 28 часов')
  await expect(player(page).getByRole('link', { name: 'Добавить в календарь' })).toBeVisible()
  await expect(player(page).getByRole('button')).toHaveCount(0)
})

test('the countdown turns into the live stream when the session starts', async ({ page, site }) => {
  await openSamaraAt(page, site, '2020-04-29T14:19:00Z')
  await expect(player(page)).toContainText('через 1 минуту')
  await page.clock.fastForward('02:00')
  await expect(player(page)).toHaveAttribute('data-state', 'live')
  await expect(player(page).getByText('Сейчас в эфире')).toBeVisible()
  await expect(
    player(page).getByRole('button', { name: /^Смотреть трансляцию: .*Самарской области \(VK Видео\)$/ }),
  ).toBeVisible()
})

test('during the session the stream plays only after a click, and nothing reaches a provider before it', async ({
  page,
  site,
}) => {
  const requested = await interceptVideoProviders(page)
  await openSamaraAt(page, site, '2020-04-29T15:00:00Z')
  await page.waitForLoadState('networkidle')
  await expect(player(page).getByText('Сейчас в эфире')).toBeVisible()
  expect(requested).toEqual([])
  await expect(page.locator('#player iframe')).toHaveCount(0)

  await player(page)
    .getByRole('button', { name: /Смотреть трансляцию/ })
    .click()
  const frame = page.locator('#player iframe')
  await expect(frame).toHaveAttribute(
    'src',
    /^https:\/\/vkvideo\.ru\/video_ext\.php\?oid=-193713520&id=456239301&hd=2&autoplay=1$/,
  )
  await expect(frame).toBeFocused()
  await expect.poll(() => requested.length).toBeGreaterThan(0)
})

test('after the end the recording is announced, then shown once published, with its duration', async ({
  page,
  site,
}) => {
  await openSamaraAt(page, site, '2020-04-29T15:55:00Z')
  await expect(player(page)).toHaveAttribute('data-state', 'processing')
  await expect(player(page)).toContainText('Запись скоро появится')
  await expect(player(page).getByRole('button')).toHaveCount(0)

  await page.clock.fastForward('15:00')
  await expect(player(page)).toHaveAttribute('data-state', 'recording')
  await expect(player(page).getByRole('button', { name: /^Смотреть запись: / })).toBeVisible()
  await expect(player(page)).toContainText('Длительность: 1 ч 28 мин')
})

test('without JavaScript a past session shows its recording and a link to the provider', async ({
  browser,
  site,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(`${site}${SAMARA}`)
  await expect(player(page).getByText('Запись', { exact: true })).toBeVisible()
  await expect(player(page).getByText('Сейчас в эфире')).toBeHidden()
  await expect(player(page).getByRole('link', { name: 'Открыть на площадке' })).toHaveAttribute(
    'href',
    'https://vk.com/video-193713520_456239318',
  )
  await context.close()
})

test('a recording file plays in the browser’s own video element, in English too', async ({ page, site }) => {
  const requested = await interceptVideoProviders(page)
  await page.goto(`${site}/en/sessions/plenarnoe-zasedanie-nazad-v-budushchee/`)
  await page.waitForLoadState('networkidle')
  expect(requested).toEqual([])
  await player(page)
    .getByRole('button', { name: /^Watch the recording: / })
    .click()
  await expect(page.locator('#player video')).toHaveAttribute(
    'src',
    'https://media.mmco-expo.ru/records/2022/plenarnoe-zasedanie-nazad-v-budushchee.mp4',
  )
})

test('a cancelled session has no player', async ({ page, site }) => {
  await page.goto(`${site}/mmso-2022/programme/2022-04-30/`)
  const cancelled = page.locator('.session-item', { hasText: 'Сессия отменена' }).first()
  await cancelled.getByRole('link').first().click()
  await expect(page.getByText('Сессия отменена').first()).toBeVisible()
  await expect(page.locator('#player')).toHaveCount(0)
})

test('the programme day says what is on air, one click from its player', async ({ page, site }) => {
  await openSamaraAt(page, site, '2020-04-29T15:00:00Z', '/mmso-2020/programme/2020-04-29/')
  const onAir = page.locator('[data-on-air]')
  await expect(onAir).toBeVisible()
  await onAir.getByRole('link', { name: /Самарской области/ }).click()
  await expect(page).toHaveURL(`${site}${SAMARA}#player`)
  await expect(player(page).getByText('Сейчас в эфире')).toBeVisible()
})

test('the recordings archive lists exactly the published sessions with a recording', async ({
  page,
  request,
  cms,
  site,
}) => {
  const response = await request.get(
    `${cms}/api/sessions?where[recording.url][exists]=true&where[status][not_equals]=cancelled&depth=0&limit=1`,
  )
  expect(response.ok()).toBe(true)
  const { totalDocs } = (await response.json()) as { totalDocs: number }
  expect(totalDocs).toBeGreaterThan(100)

  await page.goto(`${site}/`)
  await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Записи' }).click()
  await expect(page).toHaveURL(`${site}/recordings/`)
  await expect(page.locator('.recording-card')).toHaveCount(totalDocs)
  await expect(page.locator('[data-recordings-count]')).toContainText(String(totalDocs))
  await expect(page.locator('.recording-card', { hasText: 'Самарской области' })).toContainText('1 ч 28 мин')
})

test('the archive filters in place and sorts, keeping both in the URL', async ({ page, site }) => {
  await page.goto(`${site}/recordings/`)
  const cards = page.locator('.recording-card')
  const visibleCards = page.locator('.recording-card:visible')
  const all = await cards.count()
  await page.locator('.filters summary', { hasText: 'Выпуск' }).click()
  await page.getByRole('button', { name: /ММСО-2020/ }).click()
  await expect(page).toHaveURL(/edition=mmso-2020/)
  const shown = await visibleCards.count()
  expect(shown).toBeGreaterThan(0)
  expect(shown).toBeLessThan(all)
  await page.getByLabel('Порядок').selectOption('date')
  await expect(page).toHaveURL(/edition=mmso-2020.*sort=date|sort=date.*edition=mmso-2020/)
  const starts = await visibleCards.evaluateAll((items) =>
    items.map((item) => (item as HTMLElement).dataset.sessionStart ?? ''),
  )
  expect(starts).toEqual([...starts].sort())
})

test('new recordings have an Atom feed, newest first', async ({ request, site }) => {
  const feed = await request.get(`${site}/recordings.xml`)
  expect(feed.ok()).toBe(true)
  const xml = await feed.text()
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">')
  const published = [...xml.matchAll(/<published>([^<]+)<\/published>/g)].map((match) => match[1] ?? '')
  expect(published.length).toBeGreaterThan(100)
  expect(published).toEqual([...published].sort().reverse())
  expect(xml).toContain(`${SAMARA}#player`)
})

test('the session’s JSON-LD carries its recording as a VideoObject', async ({ page, site }) => {
  await page.goto(`${site}${SAMARA}`)
  const jsonLd = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}',
  ) as {
    startDate: string
    recordedIn: Record<string, string>
  }
  // On the edition's clock, as the page shows it: the same instant.
  expect(jsonLd.startDate).toMatch(/\+03:00$/)
  expect(new Date(jsonLd.startDate).toISOString()).toBe(new Date(START).toISOString())
  expect(new Date(jsonLd.recordedIn.uploadDate ?? '').toISOString()).toBe('2020-04-29T16:05:00.000Z')
  expect(jsonLd.recordedIn).toMatchObject({
    '@type': 'VideoObject',
    duration: 'PT1H28M',
    embedUrl: 'https://vkvideo.ru/video_ext.php?oid=-193713520&id=456239318&hd=2',
  })
})

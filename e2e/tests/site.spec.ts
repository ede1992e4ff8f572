import { expect, test } from './support/fixtures'

const SAMARA = '/sessions/opyt-problemy-i-perspektivy-distantsionnogo-obucheniya-v-samarskoy-oblasti/'

test('the Samara round table says 29 April 2020, 17:20 on its edition’s clock, named as the host names it, in both languages', async ({
  page,
  site,
}) => {
  await page.goto(`${site}${SAMARA}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Самарской области/)
  const when = page.locator('.facts dd').first()
  await expect(when).toContainText('29 апреля 2020, 17:20')
  await expect(when).toContainText('МСК (UTC+3)')
  await page.getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(`${site}/en${SAMARA}`)
  await expect(page.locator('.facts dd').first()).toContainText('29 April 2020, 17:20')
  await expect(page.locator('.facts dd').first()).toContainText('MSK (UTC+3)')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})

test('the home page shows the current edition and the archive', async ({ page, site }) => {
  await page.goto(`${site}/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ММСО-2022')
  await expect(page.locator('.lead')).toHaveText('«Назад в будущее»')
  await expect(page.getByRole('link', { name: 'ММСО-2020' })).toBeVisible()
})

test('moved and cancelled sessions say so in the programme', async ({ page, site }) => {
  await page.goto(`${site}/mmso-2020/programme/2020-04-26/`)
  await expect(page.getByText('Сессия перенесена').first()).toBeVisible()
  await page.goto(`${site}/mmso-2022/programme/2022-04-30/`)
  await expect(page.getByText('Сессия отменена').first()).toBeVisible()
})

test('a draft session has no page', async ({ request, site }) => {
  const draft = await request.get(`${site}/sessions/chernovik-itogi-salona-2022/`)
  expect(draft.status()).toBe(404)
})

test('images are served by the site itself, with their sizes', async ({ page, site }) => {
  await page.goto(`${site}${SAMARA}`)
  const photos = page.locator('.people img')
  await expect(photos.first()).toBeVisible()
  const first = photos.first()
  expect(await first.getAttribute('src')).toMatch(/^\/media\/.+\.webp$/)
  expect(await first.getAttribute('width')).toBe('64')
  expect(await first.getAttribute('srcset')).toMatch(/^\/media\/\S+ 80w, \/media\/\S+ 160w$/)
  await expect
    .poll(() => first.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0))
    .toBe(true)
  expect(await first.evaluate((image: HTMLImageElement) => new URL(image.currentSrc).pathname)).toMatch(
    /^\/media\/.+\.webp$/,
  )
})

test('a high-density screen gets the sharper image', async ({ browser, site }) => {
  const context = await browser.newContext({ deviceScaleFactor: 2 })
  const page = await context.newPage()
  await page.goto(`${site}${SAMARA}`)
  const first = page.locator('.people img').first()
  await expect
    .poll(() => first.evaluate((image: HTMLImageElement) => image.currentSrc))
    .toMatch(/-160x160\.webp$/)
  await context.close()
})

test('the grid view holds the same sessions as the day list', async ({ page, site }) => {
  await page.goto(`${site}/mmso-2022/programme/2022-04-29/`)
  const listed = await page.locator('.session-item').count()
  await page.getByRole('link', { name: 'Сетка по залам' }).click()
  await expect(page.locator('.grid-session')).toHaveCount(listed)
  await expect(page.locator('.grid-place')).toContainText([
    'Зал «Будущее»',
    'Зал «Наука»',
    'Зал «Школа»',
    'Конгресс-холл',
  ])
})

test('a session offers Google and Outlook calendar links with its UTC times', async ({ page, site }) => {
  await page.goto(`${site}${SAMARA}`)
  const google = new URL(
    (await page.getByRole('link', { name: 'Google Календарь' }).getAttribute('href')) ?? '',
  )
  expect(google.searchParams.get('dates')).toBe('20200429T142000Z/20200429T155000Z')
})

test('every edition has its own page, past ones included', async ({ page, site }) => {
  await page.goto(`${site}/`)
  await page.getByRole('link', { name: 'ММСО-2020' }).click()
  await expect(page).toHaveURL(`${site}/mmso-2020/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ММСО-2020')
  await expect(page.getByText('ММСО: Продолжение')).toBeVisible()
})

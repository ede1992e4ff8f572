import type { Page } from '@playwright/test'

import { expect, test } from './support/fixtures'

const EDITOR = { email: 'editor@demo.programma.local', password: 'programma-demo' }
const SAMARA_SLUG = 'opyt-problemy-i-perspektivy-distantsionnogo-obucheniya-v-samarskoy-oblasti'

// A reader far from Moscow: the admin must still show Moscow time.
test.use({ timezoneId: 'Asia/Novosibirsk', locale: 'ru-RU' })

async function logIn(page: Page, password = EDITOR.password): Promise<void> {
  // The login form works only once React has hydrated it.
  await page.goto('/admin/login', { waitUntil: 'networkidle' })
  await page.getByLabel(/Электронная почта|Email/).fill(EDITOR.email)
  await page.getByLabel(/Пароль|Password/).fill(password)
  await page.getByRole('button', { name: /Войти|Login/ }).click()
  if (password === EDITOR.password) await page.waitForURL((url) => !url.pathname.endsWith('/login'))
}

test('the demo editor logs in and sees the programme', async ({ page }) => {
  await logIn(page)
  await expect(page.getByRole('link', { name: 'Сессии' }).first()).toBeVisible()
  await page.goto('/admin/collections/sessions')
  await expect(page.getByText(/из 13\d/)).toBeVisible()
})

test('a wrong password is refused', async ({ page }) => {
  await logIn(page, 'not-the-password')
  await expect(page.getByText(/пароль неверен|password provided is incorrect/i)).toBeVisible()
})

test('the Samara round table is stored at 14:20 UTC and shown at 17:20 on its edition’s clock', async ({
  page,
  request,
}) => {
  const response = await request.get(`/api/sessions?where[slug][equals]=${SAMARA_SLUG}&depth=0`)
  const { docs } = (await response.json()) as { docs: Array<{ id: number; start: string }> }
  expect(docs[0]?.start).toBe('2020-04-29T14:20:00.000Z')
  await logIn(page)
  await page.goto(`/admin/collections/sessions/${docs[0]?.id}`)
  await expect(page.locator('#field-start').getByRole('textbox')).toHaveValue('29.04.2020 17:20')
  await expect(page.getByText('Москва, МСК (UTC+3)').first()).toBeVisible()
})

test('an anonymous reader gets no drafts and no users from the API', async ({ request }) => {
  const sessions = await request.get('/api/sessions?limit=500&draft=true&depth=0')
  const body = (await sessions.json()) as {
    docs: Array<{ _status: string; slug: string }>
    totalDocs: number
  }
  expect(body.totalDocs).toBeGreaterThanOrEqual(120)
  expect(body.docs.every((doc) => doc._status === 'published')).toBe(true)
  expect(body.docs.map((doc) => doc.slug)).not.toContain('chernovik-itogi-salona-2022')
  expect(sessions.headers()['x-frame-options']).toBe('DENY')
  expect(sessions.headers()['x-content-type-options']).toBe('nosniff')
  const users = await request.get('/api/users')
  expect(users.status()).toBe(403)
  expect(await users.text()).not.toContain('@demo.programma.local')
  const graphql = await request.post('/api/graphql', { data: { query: '{ Users { docs { email } } }' } })
  expect(await graphql.text()).not.toContain('@demo.programma.local')
})

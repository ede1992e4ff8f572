import { readdirSync } from 'node:fs'
import path from 'node:path'

import { expect, type Page, test } from '@playwright/test'

import { serveWithHeaders } from '../scripts/serveWithHeaders.mjs'

const ROOT = path.resolve(import.meta.dirname, '../..')
const DIST = path.join(ROOT, 'site', 'dist')
const SAMARA = '/sessions/opyt-problemy-i-perspektivy-distantsionnogo-obucheniya-v-samarskoy-oblasti/'
const PROVIDER_HOSTS = /(^|\.)(vkvideo\.ru|vk\.com|rutube\.ru|youtube-nocookie\.com|youtube\.com)$/

let site: { origin: string; close: () => void }

test.beforeAll(async () => {
  site = await serveWithHeaders(DIST, path.join(ROOT, 'netlify.toml'))
})
test.afterAll(() => site.close())

function firstDay(edition: string): string {
  const days = readdirSync(path.join(DIST, edition, 'programme')).filter((name) =>
    /^\d{4}-\d{2}-\d{2}$/.test(name),
  )
  return `/${edition}/programme/${days.sort()[0]}/`
}

/** Records every Content-Security-Policy violation the page reports, from its first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text())
  })
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      ;(window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      )
    })
  })
  return violations
}

const pages = () => [
  '/',
  '/en/',
  firstDay('mmso-2022'),
  `/en${firstDay('mmso-2022')}`,
  '/mmso-2022/programme/format/panel/',
  SAMARA,
  `/en${SAMARA}`,
  '/experts/',
  '/en/experts/',
  '/partners/',
  '/recordings/',
  '/en/recordings/',
  '/mmso-2020/exhibition/',
  '/my/',
  '/mmso-2022/changes/',
  '/no-such-page/',
]

test('every page type works under the Content-Security-Policy of netlify.toml', async ({ page }) => {
  test.setTimeout(180_000)
  const violations = await watchViolations(page)
  for (const pathname of pages()) {
    const response = await page.goto(`${site.origin}${pathname}`, { waitUntil: 'networkidle' })
    expect(response?.headers()['content-security-policy'], pathname).toContain("script-src 'self'")
    expect(violations, pathname).toEqual([])
  }
  // The watch itself works: an inline script, which the policy forbids, is reported.
  await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.inlineRan = true'
    document.body.append(script)
  })
  await expect.poll(() => violations.length).toBeGreaterThan(0)
  expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined()
})

test('search runs its WebAssembly under the policy and finds the programme', async ({ page }) => {
  const violations = await watchViolations(page)
  await page.goto(`${site.origin}/search/?q=${encodeURIComponent('дистанционное обучение')}`)
  await expect(page.locator('.search-result').first()).toBeVisible({ timeout: 15_000 })
  expect(violations).toEqual([])
})

test('a player loads only when asked, from a host the policy allows', async ({ page }) => {
  const violations = await watchViolations(page)
  const requested: string[] = []
  await page.route(
    (url) => PROVIDER_HOSTS.test(url.hostname),
    async (route) => {
      requested.push(route.request().url())
      await route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>player</title>',
      })
    },
  )
  await page.goto(`${site.origin}${SAMARA}`)
  expect(requested).toEqual([])
  await page
    .locator('#player')
    .getByRole('button', { name: /^Смотреть запись: / })
    .click()
  const frame = page.locator('#player iframe')
  await expect(frame).toHaveCount(1)
  const host = new URL((await frame.getAttribute('src')) ?? '').hostname
  expect(host).toMatch(PROVIDER_HOSTS)
  await expect.poll(() => requested.length).toBeGreaterThan(0)
  expect(violations).toEqual([])
})

test('the site is served with its security headers, and calendars as calendars', async ({ request }) => {
  const home = await request.get(`${site.origin}/`)
  const headers = home.headers()
  expect(headers['strict-transport-security']).toMatch(/max-age=\d{7,}/)
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(headers['permissions-policy']).toContain('camera=()')
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
  const feed = await request.get(`${site.origin}/calendar/mmso-2022.ics`)
  expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8')
})

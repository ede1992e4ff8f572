import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { Page, Response } from '@playwright/test'
import { type ServedSite, serveStaticSite } from '@programma/tools/staticSite'

import { expect, test } from './support/fixtures'
import { interceptVideoProviders } from './support/videoProviders'

type Locale = 'ru' | 'en'

const SAMARA_SLUG = 'opyt-problemy-i-perspektivy-distantsionnogo-obucheniya-v-samarskoy-oblasti'
/** The Samara round table: 29 April 2020, 17:20–18:50 Moscow time, streamed, recorded. */
const SAMARA_DAY = '2020-04-29'
const SAMARA_PARTNER = 'minobrnauki-samarskoy-oblasti'
const SEARCH_QUERY = 'дистанционное обучение'
/** What a provider answers in these tests: a player page with nothing in it. */
const EMPTY_PLAYER = { status: 200, contentType: 'text/html', body: '<!doctype html><title>player</title>' }

/** The run's built site, served with the headers netlify.toml gives each path. */
let served: ServedSite

test.beforeAll(async ({ siteDist }) => {
  served = await serveStaticSite(siteDist, { headers: 'netlify' })
})
test.afterAll(async () => {
  await served.close()
})

const prefix = (locale: Locale) => (locale === 'ru' ? '' : '/en')

function firstDay(siteDist: string, edition: string): string {
  const days = readdirSync(path.join(siteDist, edition, 'programme')).filter((name) =>
    /^\d{4}-\d{2}-\d{2}$/.test(name),
  )
  return `/${edition}/programme/${days.sort()[0]}/`
}

/** An expert of the Samara round table, as its page links them. */
function samaraExpert(siteDist: string): string {
  const html = readFileSync(path.join(siteDist, 'sessions', SAMARA_SLUG, 'index.html'), 'utf8')
  const href = /href="(\/experts\/[a-z0-9-]+\/)"/.exec(html)?.[1]
  if (!href) throw new Error('The Samara round table links no expert')
  return href
}

/** The sources a directive of a Content-Security-Policy allows. */
function sourcesOf(policy: string, directive: string): string[] {
  const found = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === directive)
  return found?.slice(1) ?? []
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

function expectSecurityHeaders(response: Response | null, where: string): void {
  const headers = response?.headers() ?? {}
  expect(headers['strict-transport-security'], where).toMatch(/max-age=\d{7,}/)
  expect(headers['x-content-type-options'], where).toBe('nosniff')
  expect(headers['referrer-policy'], where).toBe('strict-origin-when-cross-origin')
  expect(headers['permissions-policy'], where).toContain('camera=()')
  expect(headers['content-security-policy'], where).toContain("script-src 'self' 'wasm-unsafe-eval'")
}

interface Visit {
  path: string
  status?: number
  /** What shows the page did its work, scripts included; `loaded` holds every URL fetched so far. */
  works?: (page: Page, loaded: string[]) => Promise<void>
}

function visits(siteDist: string, locale: Locale): Visit[] {
  const at = prefix(locale)
  return [
    { path: `${at}/` },
    { path: `${at}${firstDay(siteDist, 'mmso-2022')}` },
    {
      path: `${at}/mmso-2020/programme/${SAMARA_DAY}/?format=round-table`,
      works: async (page) => {
        await expect(page.locator('a[data-facet="format"][aria-pressed="true"]')).toHaveCount(1)
        await expect(page.locator('.session-item[hidden]').first()).toBeAttached()
      },
    },
    { path: `${at}/mmso-2022/programme/format/panel/` },
    { path: `${at}/sessions/${SAMARA_SLUG}/` },
    { path: `${at}${samaraExpert(siteDist)}` },
    { path: `${at}/experts/` },
    { path: `${at}/partners/${SAMARA_PARTNER}/` },
    { path: `${at}/partners/` },
    {
      path: `${at}/search/?q=${encodeURIComponent(SEARCH_QUERY)}`,
      works: async (page, loaded) => {
        await expect(page.locator('.search-result').first()).toBeVisible({ timeout: 15_000 })
        expect(loaded.filter((url) => /\/pagefind\/wasm\.\w+\.pagefind$/.test(url))).not.toEqual([])
      },
    },
    { path: `${at}/recordings/` },
    {
      path: `${at}/mmso-2020/exhibition/#stand-${SAMARA_PARTNER}`,
      works: async (page) => {
        await expect(page.locator(`#stand-${SAMARA_PARTNER}`)).toBeAttached()
      },
    },
    {
      path: `${at}/mmso-2020/exhibition/`,
      works: async (page) => {
        const buttons = page.locator('.stand-list [data-route-slot] button')
        await buttons.nth(0).click()
        await buttons.nth(5).click()
        await expect(page.locator('[data-route-list] li')).toHaveCount(2)
        await expect(page.locator('.map-route-line')).toHaveCount(1)
      },
    },
    {
      path: `${at}/my/`,
      works: async (page) => {
        await expect(page.locator('[data-session-title]').first()).toBeVisible()
      },
    },
    { path: `${at}/mmso-2022/changes/` },
    { path: `${at}/no-such-page/`, status: 404 },
  ]
}

for (const locale of ['ru', 'en'] as const) {
  test(`every page type works under the Content-Security-Policy of netlify.toml (${locale})`, async ({
    page,
    siteDist,
  }) => {
    test.setTimeout(180_000)
    const violations = await watchViolations(page)
    const loaded: string[] = []
    page.on('response', (response) => {
      if (response.ok()) loaded.push(response.url())
    })
    await interceptVideoProviders(page, EMPTY_PLAYER)
    await page.goto(`${served.origin}${prefix(locale)}/`)
    await page.evaluate(
      (slug) => localStorage.setItem('programma:favourites', JSON.stringify([slug])),
      SAMARA_SLUG,
    )
    for (const visit of visits(siteDist, locale)) {
      const response = await page.goto(`${served.origin}${visit.path}`, { waitUntil: 'networkidle' })
      expect(response?.status(), visit.path).toBe(visit.status ?? 200)
      expectSecurityHeaders(response, visit.path)
      await visit.works?.(page, loaded)
      expect(violations, visit.path).toEqual([])
    }
    // The watch itself works: an inline script, which the policy forbids, is reported and does not run.
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.inlineRan = true'
      document.body.append(script)
    })
    await expect.poll(() => violations.length).toBeGreaterThan(0)
    expect(
      await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan),
    ).toBeUndefined()
  })
}

test('a session plays only when asked, in frames from hosts the policy allows: upcoming, live, recorded', async ({
  browser,
}) => {
  const moments = [
    { time: '2020-04-28T10:00:00Z', state: 'upcoming', button: null },
    { time: '2020-04-29T15:00:00Z', state: 'live', button: /^Смотреть трансляцию: / },
    { time: '2020-05-10T10:00:00Z', state: 'recording', button: /^Смотреть запись: / },
  ]
  for (const moment of moments) {
    const context = await browser.newContext()
    const page = await context.newPage()
    const violations = await watchViolations(page)
    const requested = await interceptVideoProviders(page, EMPTY_PLAYER)
    await page.clock.install({ time: new Date(moment.time) })
    const response = await page.goto(`${served.origin}/sessions/${SAMARA_SLUG}/`, {
      waitUntil: 'networkidle',
    })
    const player = page.locator('#player')
    await expect(player).toHaveAttribute('data-state', moment.state)
    expect(requested, moment.state).toEqual([])
    if (moment.button) {
      await player.getByRole('button', { name: moment.button }).click()
      const src = (await player.locator('iframe').getAttribute('src')) ?? ''
      const allowed = sourcesOf(response?.headers()['content-security-policy'] ?? '', 'frame-src')
      expect(allowed, src).toContain(new URL(src).origin)
      await expect.poll(() => requested.length, { message: moment.state }).toBeGreaterThan(0)
    }
    expect(violations, moment.state).toEqual([])
    await context.close()
  }
})

test('non-page files carry the security headers too, and calendars are served as calendars', async ({
  request,
}) => {
  for (const file of ['/pagefind/pagefind.js', '/mmso-2022/schedule.xml', '/sitemap-index.xml']) {
    const response = await request.get(`${served.origin}${file}`)
    expect(response.status(), file).toBe(200)
    expect(response.headers()['x-content-type-options'], file).toBe('nosniff')
    expect(response.headers()['content-type'], file).not.toContain('text/calendar')
  }
  for (const locale of ['ru', 'en'] as const) {
    for (const feed of ['/calendar/mmso-2022.ics', `/calendar/sessions/${SAMARA_SLUG}.ics`]) {
      const response = await request.get(`${served.origin}${prefix(locale)}${feed}`)
      expect(response.status(), feed).toBe(200)
      expect(response.headers()['content-type'], feed).toBe('text/calendar; charset=utf-8')
      expect(response.headers()['cache-control'], feed).toBe('public, max-age=300')
      expect(response.headers()['strict-transport-security'], feed).toMatch(/max-age=\d{7,}/)
      expect(await response.text(), feed).toMatch(/^BEGIN:VCALENDAR\r\n/)
    }
  }
})

import AxeBuilder from '@axe-core/playwright'
import type { Browser } from '@playwright/test'

import { expect, test } from './support/fixtures'

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
/** Two pages at a time: axe runs in the page, so each keeps a core busy. */
const PAGES_AT_ONCE = 2

function locations(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => (match[1] ?? '').trim())
}

/** Every page the sitemap lists, as paths on the site under test. */
async function sitemapPaths(site: string): Promise<string[]> {
  const index = await (await fetch(`${site}/sitemap-index.xml`)).text()
  const sitemaps = locations(index).map((url) => new URL(url).pathname)
  const pages = await Promise.all(
    sitemaps.map(async (sitemap) => locations(await (await fetch(`${site}${sitemap}`)).text())),
  )
  return pages.flat().map((url) => new URL(url).pathname)
}

async function sweep(browser: Browser, site: string, paths: string[]): Promise<string[]> {
  const queue = [...paths]
  const violations: string[] = []
  await Promise.all(
    Array.from({ length: PAGES_AT_ONCE }, async () => {
      const context = await browser.newContext()
      const page = await context.newPage()
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        const response = await page.goto(`${site}${path}`)
        if (!response?.ok()) violations.push(`${path}: HTTP ${response?.status()}`)
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
        for (const violation of results.violations)
          violations.push(`${path}: ${violation.id} (${violation.nodes.length}×) ${violation.help}`)
      }
      await context.close()
    }),
  )
  return violations
}

test('axe finds no WCAG 2.2 AA violation on any page of the sitemap, in both languages', async ({
  browser,
  site,
}) => {
  test.setTimeout(60 * 60_000)
  const paths = await sitemapPaths(site)
  const english = paths.filter((path) => path.startsWith('/en/'))
  expect(english.length).toBeGreaterThan(100)
  expect(paths.length - english.length).toBe(english.length)

  const started = Date.now()
  const violations = await sweep(browser, site, paths)
  console.log(`axe: ${paths.length} sitemap pages in ${Math.round((Date.now() - started) / 1000)} s`)
  expect(violations).toEqual([])
})

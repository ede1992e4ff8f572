import AxeBuilder from '@axe-core/playwright'

import { expect, test } from './support/fixtures'

/** One page of every type, in both languages. */
const PAGES = [
  '/',
  '/mmso-2020/programme/2020-04-29/',
  '/mmso-2022/grid/2022-04-29/',
  '/mmso-2020/programme/format/round-table/',
  '/mmso-2020/',
  '/my/',
  '/sessions/opyt-problemy-i-perspektivy-distantsionnogo-obucheniya-v-samarskoy-oblasti/',
  '/experts/',
  '/partners/',
  '/partners/minobrnauki-samarskoy-oblasti/',
  '/search/',
  '/recordings/',
  '/mmso-2020/changes/',
  '/404.html',
]

for (const prefix of ['', '/en']) {
  for (const page of PAGES) {
    const url = page === '/404.html' ? page : `${prefix}${page}`
    if (prefix && page === '/404.html') continue
    test(`axe finds no WCAG 2.2 AA violation on ${url}`, async ({ page: browserPage, site }) => {
      await browserPage.goto(`${site}${url}`)
      const results = await new AxeBuilder({ page: browserPage })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
      expect(
        results.violations.map(
          (violation) => `${violation.id}: ${violation.nodes.length} × ${violation.help}`,
        ),
      ).toEqual([])
    })
  }
}

test('an expert page passes axe', async ({ page, site }) => {
  await page.goto(`${site}/experts/`)
  await page.locator('.directory a').first().click()
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze()
  expect(results.violations.map((violation) => violation.id)).toEqual([])
})

for (const [url, query] of [
  ['/search/', 'дистанционное обучение'],
  ['/en/search/', 'distance learning'],
] as const) {
  test(`axe finds no violation on ${url} with results on screen`, async ({ page, site }) => {
    await page.goto(`${site}${url}?q=${encodeURIComponent(query)}`)
    await expect(page.locator('.search-result').first()).toBeVisible()
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
    expect(results.violations.map((violation) => violation.id)).toEqual([])
  })
}

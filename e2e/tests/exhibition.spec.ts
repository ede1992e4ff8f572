import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

import { expect, test } from './support/fixtures'

const EXHIBITION = '/mmso-2020/exhibition/'
const SAMARA_PARTNER = 'minobrnauki-samarskoy-oblasti'

/** Every published partner of the demo: all of them take part in the 2020 exhibition. */
async function demoPartnerSlugs(page: Page, site: string): Promise<string[]> {
  await page.goto(`${site}/partners/`)
  const hrefs = await page
    .locator('.directory a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
  return hrefs.map((href) => href.replace(/^\/partners\/|\/$/g, ''))
}

async function stopsInRoute(page: Page): Promise<string[]> {
  return page.locator('[data-route-list] li a').allTextContents()
}

test('every partner of the demo edition has a stand on the map, and Tab walks through them all', async ({
  page,
  site,
}) => {
  const slugs = await demoPartnerSlugs(page, site)
  expect(slugs.length).toBeGreaterThanOrEqual(40)
  await page.goto(`${site}${EXHIBITION}`)
  const stands = page.locator('svg[data-exhibition-map] a.map-stand')
  await expect(stands).toHaveCount(slugs.length)
  for (const slug of slugs) {
    const stand = page.locator(`svg[data-exhibition-map] a#stand-${slug}`)
    await expect(stand, slug).toHaveAttribute('href', `/partners/${slug}/`)
    await expect(stand, slug).toHaveAttribute('aria-label', /.+/)
    await expect(stand.locator('title'), slug).not.toBeEmpty()
  }

  await page.getByRole('link', { name: 'Искать среди партнёров' }).focus()
  const order = await stands.evaluateAll((links) => links.map((link) => link.id))
  const visited: string[] = []
  for (let step = 0; step < order.length; step += 1) {
    await page.keyboard.press('Tab')
    visited.push(await page.evaluate(() => document.activeElement?.id ?? ''))
  }
  expect(visited).toEqual(order)
  expect(new Set(visited).size).toBe(slugs.length)
})

test('the list view holds the same stands as the map, alley by alley in position order', async ({
  page,
  site,
}) => {
  await page.goto(`${site}${EXHIBITION}`)
  const onMap = await page
    .locator('svg[data-exhibition-map] a.map-stand')
    .evaluateAll((links) => links.map((link) => link.id.replace(/^stand-/, '')))
  const inList = await page
    .locator('.stand-list [data-stand-item]')
    .evaluateAll((items) => items.map((item) => item.id.replace(/^list-/, '')))
  expect(inList).toEqual(onMap)
  const firstAlley = page.locator('.alley-list').first()
  const places = await firstAlley
    .locator('.stand-body .meta')
    .allTextContents()
    .then((texts) => texts.map((text) => Number(/место (\d+)/.exec(text)?.[1])))
  expect(places).toEqual([...places].sort((a, b) => a - b))
})

test('a stand page shows where the stand is and leads back to it on the map', async ({ page, site }) => {
  await page.goto(`${site}/partners/${SAMARA_PARTNER}/`)
  const place = page.locator('.stand-place')
  await expect(place).toContainText('Аллея регионов')
  await expect(page.getByRole('link', { name: 'expo@samara-education.example.ru' })).toHaveAttribute(
    'href',
    'mailto:expo@samara-education.example.ru',
  )
  await expect(page.getByRole('link', { name: '+7 846 332-11-00' })).toHaveAttribute(
    'href',
    'tel:+78463321100',
  )
  await expect(place.getByRole('navigation').getByRole('link')).toHaveCount(1)
  await place.getByRole('link', { name: 'Стенд на карте' }).click()
  await expect(page).toHaveURL(`${site}${EXHIBITION}#stand-${SAMARA_PARTNER}`)
  await expect(page.locator(`#stand-${SAMARA_PARTNER}`)).toBeFocused()
})

test('a route built by clicking survives a reload and opens from its link in another browser', async ({
  page,
  browser,
  site,
}) => {
  await page.goto(`${site}${EXHIBITION}`)
  const items = page.locator('.stand-list [data-stand-item]')
  const chosen = [items.nth(0), items.nth(7), items.nth(20)]
  const names: string[] = []
  for (const item of chosen) {
    names.push((await item.locator('.stand-body a').textContent())?.trim() ?? '')
    await item.getByRole('button', { name: /Добавить в маршрут/ }).click()
  }
  await expect(page.locator('[data-route-list] li')).toHaveCount(3)
  await expect(page.locator('.map-route-line')).toHaveCount(1)
  await expect(page.locator('.map-route-stop')).toHaveCount(3)

  await page
    .getByRole('button', {
      name: `Выше: ${await page.locator('[data-route-list] li a').nth(2).textContent()}`,
    })
    .click()
  const expected = await stopsInRoute(page)
  expect(expected.map((text) => names.find((name) => text.includes(name)))).toEqual([
    names[0],
    names[2],
    names[1],
  ])

  await page.reload()
  await expect(page.locator('[data-route-list] li')).toHaveCount(3)
  expect(await stopsInRoute(page)).toEqual(expected)
  await expect(items.nth(0).getByRole('button', { name: /Убрать из маршрута/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  )

  const shareLink = await page.locator('[data-route-share]').inputValue()
  expect(shareLink).toMatch(/\?route=p\d+,p\d+,p\d+$/)
  const other = await browser.newContext()
  const otherPage = await other.newPage()
  await otherPage.goto(shareLink)
  await expect(otherPage.locator('[data-route-list] li')).toHaveCount(3)
  expect(await stopsInRoute(otherPage)).toEqual(expected)
  await otherPage.reload()
  expect(await stopsInRoute(otherPage)).toEqual(expected)
  await other.close()
})

test('a session added to the route from a stand page is starred for my programme', async ({ page, site }) => {
  await page.goto(`${site}/partners/${SAMARA_PARTNER}/`)
  const session = page.locator('.session-item').first()
  await session.getByRole('button', { name: /Добавить в маршрут/ }).click()
  await expect(session.getByRole('button', { name: /Убрать из маршрута/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(session.getByRole('button', { name: /Убрать из моей программы/ })).toBeVisible()
  await page.goto(`${site}${EXHIBITION}`)
  await expect(page.locator('[data-route-list] li.is-session')).toHaveCount(1)
  await page.goto(`${site}/my/`)
  await expect(page.locator('[data-my-programme] .session-item')).toHaveCount(1)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the map is a picture with a link on every stand, and the filters are pages', async ({
    page,
    site,
  }) => {
    await page.goto(`${site}${EXHIBITION}`)
    const stands = page.locator('svg[data-exhibition-map] a.map-stand')
    expect(await stands.count()).toBeGreaterThanOrEqual(40)
    const hrefs = await stands.evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(hrefs.every((href) => /^\/partners\/[a-z0-9-]+\/$/.test(href ?? ''))).toBe(true)
    await expect(page.locator('[data-route-needs-js]')).toBeVisible()
    await expect(page.locator('.route-toggle')).toHaveCount(0)

    await page.getByText('Тип участника').click()
    await page.getByRole('link', { name: /Регион/ }).click()
    await expect(page).toHaveURL(`${site}${EXHIBITION}kind/region/`)
    const kinds = await page
      .locator('.stand-list [data-stand-item]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')))
    expect(kinds.length).toBeGreaterThan(5)
    expect(new Set(kinds)).toEqual(new Set(['region']))
    await expect(page.locator('svg[data-exhibition-map] a.map-stand')).toHaveCount(await stands.count())
  })
})

test('the filters narrow the list and fade the rest of the map in place', async ({ page, site }) => {
  await page.goto(`${site}${EXHIBITION}`)
  await page.getByText('Тип участника').click()
  await page.getByRole('button', { name: /Образовательная организация/ }).click()
  await expect(page).toHaveURL(`${site}${EXHIBITION}?kind=institution`)
  const visible = page.locator('.stand-list [data-stand-item]:visible')
  expect(await visible.count()).toBeGreaterThan(3)
  expect(
    new Set(await visible.evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')))),
  ).toEqual(new Set(['institution']))
  await expect(page.locator('svg a.map-stand.is-faded').first()).toBeAttached()
})

for (const url of [
  '/mmso-2020/exhibition/',
  '/en/mmso-2020/exhibition/',
  `/partners/${SAMARA_PARTNER}/`,
  `/en/partners/${SAMARA_PARTNER}/`,
  '/partners/uchi-lab/',
  '/en/partners/uchi-lab/',
]) {
  test(`axe finds no WCAG 2.2 AA violation on ${url}`, async ({ page, site }) => {
    await page.goto(`${site}${url}`)
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
    expect(
      results.violations.map((violation) => `${violation.id}: ${violation.nodes.length} × ${violation.help}`),
    ).toEqual([])
  })
}

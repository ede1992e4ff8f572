import type { Page } from '@playwright/test'

import { expect, test } from './support/fixtures'

const SAMARA = 'Опыт, проблемы и перспективы дистанционного обучения в Самарской области'

async function search(page: Page, site: string, path: string, query: string) {
  await page.goto(`${site}${path}`)
  await page.getByRole('searchbox').first().fill(query)
  const status = page.getByRole('status')
  await expect(status).toContainText(query)
  return status
}

function resultTitles(page: Page) {
  return page.locator('.search-result h2')
}

test('a Russian query finds other grammatical forms of its words', async ({ page, site }) => {
  await search(page, site, '/search/', 'дистанционное обучение')
  await expect(resultTitles(page).filter({ hasText: SAMARA })).toHaveCount(1)
  await search(page, site, '/search/', 'дистанционного обучения')
  await expect(resultTitles(page).filter({ hasText: SAMARA })).toHaveCount(1)
  await search(page, site, '/search/', 'школ')
  await expect(resultTitles(page).filter({ hasText: /школы/ }).first()).toBeVisible()
})

test('е finds ё and ё finds е in names', async ({ page, site }) => {
  await search(page, site, '/search/', 'Семенов')
  const withYo = resultTitles(page).filter({ hasText: 'Семёнов' })
  const count = await withYo.count()
  expect(count).toBeGreaterThan(0)
  await search(page, site, '/search/', 'Семёнов')
  await expect(resultTitles(page).filter({ hasText: 'Семёнов' })).toHaveCount(count)
})

test('an expert is found by their organisation, and says what the hit is', async ({ page, site }) => {
  await search(page, site, '/search/', 'Гимназия № 17')
  const expert = page.locator('.search-result').filter({ hasText: 'Гимназия № 17' }).first()
  await expect(expert.locator('.search-kinds')).toContainText('Эксперт')
})

test('session hits show their day, time and forum, and filter by type', async ({ page, site }) => {
  await search(page, site, '/search/', 'Самарской области')
  const samara = page.locator('.search-result').filter({ hasText: SAMARA }).first()
  await expect(samara.locator('.meta')).toContainText('29 апреля 2020, 17:20 МСК (UTC+3)')
  await expect(samara.locator('.meta')).toContainText('Регионы: опыт дистанционного обучения')
  await page.getByRole('checkbox', { name: 'Партнёр' }).check()
  await expect(page).toHaveURL(/type=partner/)
  await expect(page.locator('.search-kinds').filter({ hasNotText: 'Партнёр' })).toHaveCount(0)
  await page.goBack()
  await expect(page.getByRole('checkbox', { name: 'Партнёр' })).not.toBeChecked()
})

test('sessions can be ordered by time', async ({ page, site }) => {
  await search(page, site, '/search/', 'дистанционное')
  await page.getByLabel('Порядок').selectOption('time')
  await expect(page).toHaveURL(/sort=time/)
  await expect(page.locator('.search-kinds').filter({ hasText: 'Эксперт' })).toHaveCount(0)
  const times = await page
    .locator('.search-result .meta')
    .evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''))
  expect(times.length).toBeGreaterThan(2)
})

test('a query that matches nothing says so in the page language', async ({ page, site }) => {
  const ru = await search(page, site, '/search/', 'жирафоплан')
  await expect(ru).toHaveText(/Ничего не найдено по запросу «жирафоплан»/)
  const en = await search(page, site, '/en/search/', 'zxqvbnm')
  await expect(en).toHaveText(/Nothing found for “zxqvbnm”/)
})

test('an English query on /en/ finds English titles', async ({ page, site }) => {
  await search(page, site, '/en/search/', 'distance learning')
  await expect(resultTitles(page).filter({ hasText: 'Distance learning in the Samara Region' })).toHaveCount(
    1,
  )
})

test('the header search leads to a shareable search page, by keyboard', async ({ page, site }) => {
  await page.goto(`${site}/experts/`)
  const box = page.getByRole('searchbox', { name: 'Поиск по программе, экспертам и партнёрам' })
  await box.focus()
  await page.keyboard.type('Самарской')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/search\/\?q=%D0%A1/)
  await expect(page.getByRole('status')).toContainText('Самарской')
  await page.reload()
  await expect(page.getByRole('searchbox')).toHaveValue('Самарской')
  await expect(resultTitles(page).first()).toBeVisible()
})

test('without JavaScript the search page says it needs it and links to the programme', async ({
  browser,
  site,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(`${site}/search/?q=школа`)
  await expect(page.getByText('Поиск работает с включённым JavaScript')).toBeVisible()
  await expect(page.getByRole('link', { name: 'ММСО-2020' }).last()).toBeVisible()
  await context.close()
})

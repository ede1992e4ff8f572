import { expect, test } from './support/fixtures'

const DAY = '/mmso-2020/programme/2020-04-27/'

test('filters narrow a day instantly, keep the choice in the URL and survive a reload', async ({
  page,
  site,
}) => {
  await page.goto(`${site}${DAY}`)
  const items = page.locator('.session-item')
  const total = await items.count()
  expect(total).toBeGreaterThan(5)
  await page.getByText('Формат', { exact: true }).click()
  const chip = page.locator('a[data-facet="format"]').first()
  const format = (await chip.getAttribute('data-value')) ?? ''
  await chip.click()
  await expect(chip).toHaveAttribute('aria-pressed', 'true')
  await expect(page).toHaveURL(new RegExp(`\\?format=${format}$`))
  const visible = page.locator('.session-item:not([hidden])')
  const shown = await visible.count()
  expect(shown).toBeGreaterThan(0)
  expect(shown).toBeLessThan(total)
  for (const attribute of await visible.evaluateAll((nodes) =>
    nodes.map((node) => node.getAttribute('data-format')),
  )) {
    expect(attribute).toBe(format)
  }
  await expect(page.getByRole('status')).toHaveText(`Показано ${shown} из ${total}`)
  await page.reload()
  await expect(page.locator('.session-item:not([hidden])')).toHaveCount(shown)
  await page.getByRole('button', { name: 'Сбросить фильтры' }).click()
  await expect(page.locator('.session-item:not([hidden])')).toHaveCount(total)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the filter links lead to a static page of that value', async ({ page, site }) => {
    await page.goto(`${site}${DAY}`)
    await page.getByText('Формат', { exact: true }).click()
    const chip = page.locator('a[data-facet="format"]').first()
    const format = await chip.getAttribute('data-value')
    await chip.click()
    await expect(page).toHaveURL(new RegExp(`/mmso-2020/programme/format/${format}/$`))
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Формат:')
    await expect(page.locator('.session-item').first()).toBeVisible()
  })
})

import { expect, test } from './support/fixtures'

const SAMARA_SLUG = 'opyt-problemy-i-perspektivy-distantsionnogo-obucheniya-v-samarskoy-oblasti'
const SAMARA_DAY = '/mmso-2020/programme/2020-04-29/'

test('a starred session appears in "my programme" and stays there after a reload', async ({ page, site }) => {
  await page.goto(`${site}${SAMARA_DAY}`)
  const item = page.locator(`.session-item[data-session="${SAMARA_SLUG}"]`)
  const star = item.getByRole('button', { name: /Добавить в мою программу/ })
  await star.click()
  await expect(item.getByRole('button', { name: /Убрать из моей программы/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await page.getByRole('banner').getByRole('link', { name: 'Моя программа' }).click()
  await expect(page.getByRole('link', { name: /Самарской области/ })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('link', { name: /Самарской области/ })).toBeVisible()
  await expect(page.locator('[data-my-programme] .session-item')).toHaveCount(1)
})

test.describe('a reader in Novosibirsk', () => {
  test.use({ timezoneId: 'Asia/Novosibirsk' })

  test('switches times to their own zone, and the page remembers', async ({ page, site }) => {
    await page.goto(`${site}/sessions/${SAMARA_SLUG}/`)
    const when = page.locator('.facts dd').first()
    await expect(when).toContainText('17:20')
    await page.getByRole('button', { name: 'Показать в моём времени' }).click()
    await expect(when).toContainText('21:20')
    await expect(when).toContainText('Asia/Novosibirsk (UTC+7)')
    await page.goto(`${site}${SAMARA_DAY}`)
    await expect(page.locator(`.session-item[data-session="${SAMARA_SLUG}"] time`).first()).toHaveText(
      '21:20',
    )
    await page.getByRole('button', { name: 'Показать по времени программы' }).click()
    await expect(page.locator(`.session-item[data-session="${SAMARA_SLUG}"] time`).first()).toHaveText(
      '17:20',
    )
  })
})

test('during the forum, the next session and the one on air are marked', async ({ page, site }) => {
  const mark = page.locator(`.session-item[data-session="${SAMARA_SLUG}"] [data-live-mark]`)
  await page.clock.setFixedTime(new Date('2020-04-29T14:10:00Z'))
  await page.goto(`${site}${SAMARA_DAY}`)
  await expect(mark).toHaveText('Далее')
  await page.clock.setFixedTime(new Date('2020-04-29T14:30:00Z'))
  await page.reload()
  await expect(mark).toHaveText('Сейчас')
  await page.clock.setFixedTime(new Date('2020-04-30T14:30:00Z'))
  await page.reload()
  await expect(mark).toBeHidden()
})

test('the home page says what is on air while the forum runs, and nothing otherwise', async ({
  page,
  site,
}) => {
  await page.clock.setFixedTime(new Date('2020-04-29T14:30:00Z'))
  await page.goto(`${site}/`)
  const onAir = page.locator('[data-on-air]')
  await expect(onAir).toBeVisible()
  await expect(onAir.getByRole('link', { name: /Самарской области/ })).toBeVisible()
  await page.clock.setFixedTime(new Date('2026-11-22T12:00:00Z'))
  await page.reload()
  await expect(onAir).toBeHidden()
})

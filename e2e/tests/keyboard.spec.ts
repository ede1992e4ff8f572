import type { Page } from '@playwright/test'

import { expect, test } from './support/fixtures'
import { interceptVideoProviders } from './support/videoProviders'

const DAY = '/mmso-2020/programme/2020-04-29/'
const SAMARA_TITLE = /Самарской области/
const MAX_TABS = 400

interface Focused {
  tag: string
  text: string
  href: string | null
  label: string | null
  pressed: string | null
  className: string
  /** An outline or a shadow the reader can see; the element is on screen. */
  visible: boolean
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    if (!element || element === document.body)
      return { tag: 'body', text: '', href: null, label: null, pressed: null, className: '', visible: true }
    const style = getComputedStyle(element)
    const box = element.getBoundingClientRect()
    const marked =
      (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) ||
      style.boxShadow !== 'none'
    return {
      tag: element.tagName.toLowerCase(),
      text: (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 80),
      href: element.getAttribute('href'),
      label: element.getAttribute('aria-label'),
      pressed: element.getAttribute('aria-pressed'),
      className: element.getAttribute('class') ?? '',
      visible: marked && box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
    }
  })
}

/**
 * Presses Tab until `wanted` has focus, checking on the way that every stop shows where the
 * focus is; fails with the whole path when the element never comes.
 */
async function tabTo(page: Page, wanted: (element: Focused) => boolean, what: string): Promise<Focused> {
  const path: Focused[] = []
  for (let press = 0; press < MAX_TABS; press += 1) {
    await page.keyboard.press('Tab')
    const element = await focused(page)
    path.push(element)
    // A player's frame draws its own focus.
    if (element.tag !== 'iframe')
      expect(element.visible, `focus not visible on ${JSON.stringify(element)}`).toBe(true)
    if (wanted(element)) return element
  }
  throw new Error(
    `${what} never took the focus: ${path.map((element) => element.text || element.tag).join(' → ')}`,
  )
}

test('a reader finds a session in the day programme, filters it and opens it, by keyboard alone', async ({
  page,
  site,
}) => {
  await page.goto(`${site}${DAY}`)
  const skip = await tabTo(page, () => true, 'the first stop')
  expect(skip.text).toBe('Перейти к содержанию')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#content$/)

  // The format filters open with Enter; a format filters the day in place.
  await tabTo(page, (element) => element.tag === 'summary' && element.text === 'Формат', 'the format filters')
  await page.keyboard.press('Enter')
  const filter = await tabTo(page, (element) => element.tag === 'a' && element.pressed !== null, 'a filter')
  const shownBefore = await page.locator('.session-item:visible').count()
  await page.keyboard.press('Enter')
  await expect(page.locator('[data-filter-status]')).not.toBeEmpty()
  expect(await focused(page)).toMatchObject({ text: filter.text, pressed: 'true' })
  expect(await page.locator('.session-item:visible').count()).toBeLessThan(shownBefore)
  await page.keyboard.press('Enter')
  expect((await focused(page)).pressed).toBe('false')
  await expect(page.locator('.session-item:visible')).toHaveCount(shownBefore)

  // A session star is a button in the tab order; the title link opens the session.
  const star = await tabTo(page, (element) => element.className.includes('star'), 'a star')
  expect(star.pressed).toBe('false')
  await page.keyboard.press('Space')
  expect((await focused(page)).pressed).toBe('true')
  await tabTo(
    page,
    (element) => SAMARA_TITLE.test(element.text) && Boolean(element.href),
    'the Samara session',
  )
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/sessions\/opyt-problemy/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(SAMARA_TITLE)
})

test('on a session page every control is reached and used by keyboard, and the focus gets out again', async ({
  page,
  site,
}) => {
  const requested = await interceptVideoProviders(page)
  await page.goto(
    `${site}/sessions/opyt-problemy-i-perspektivy-distantsionnogo-obucheniya-v-samarskoy-oblasti/`,
  )

  const star = await tabTo(page, (element) => element.className.includes('star'), 'the star')
  await page.keyboard.press('Enter')
  expect((await focused(page)).pressed).not.toBe(star.pressed)

  await tabTo(page, (element) => Boolean(element.href?.endsWith('.ics')), 'the calendar link')
  const play = await tabTo(page, (element) => element.className.includes('play-button'), 'the play button')
  expect(play.label).toMatch(/^Смотреть запись: /)
  expect(requested).toEqual([])
  await page.keyboard.press('Enter')
  await expect(page.locator('#player iframe')).toHaveCount(1)

  // Past the player and the footer the focus leaves the page: nothing traps it.
  await tabTo(
    page,
    (element) => element.tag === 'body' || element.text === 'Перейти к содержанию',
    'the end of the page',
  )
})

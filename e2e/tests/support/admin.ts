import type { Page } from '@playwright/test'

/**
 * Adds a participant row to the session form and opens its expert picker. The admin may show
 * the new row folded (it remembers how rows were left), and under load it may take a while
 * to appear at all: whichever shows first, the open picker or the row's own folded toggle
 * (the form has other folding sections before it), is acted on.
 */
export async function addParticipantRow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Участники', exact: true }).click()
  await page.getByRole('button', { name: /Добавить Участник/i }).click()
  const expertField = page.locator('#field-participants__0__expert')
  const folded = page.locator('#participants-row-0 .collapsible__toggle--collapsed')
  await expertField.or(folded).first().waitFor({ timeout: 45_000 })
  if (!(await expertField.isVisible())) await folded.click()
  await expertField.click()
}

import type { Page, Request } from '@playwright/test'

/** A form-state request of the admin (a server action POSTed to the page being edited). */
const isFormState = (request: Request) =>
  request.method() === 'POST' && new URL(request.url()).pathname.startsWith('/admin/')

/**
 * Waits until the admin has sent no form-state request for a moment. An array row added while
 * an earlier form-state answer is still on its way can come back without its fields (that
 * answer knows no such row), so a form is let settle before rows are added to it.
 */
async function formSettled(page: Page, pending: Set<Request>): Promise<void> {
  const deadline = Date.now() + 20_000
  let quietSince = Date.now()
  while (Date.now() < deadline) {
    if (pending.size > 0) quietSince = Date.now()
    else if (Date.now() - quietSince >= 750) return
    await page.waitForTimeout(100)
  }
}

/**
 * Picks the session's edition in its relationship field, then waits for what follows: the
 * time pickers' zone read from the edition, and the form state that moves them into it.
 */
export async function pickEdition(page: Page, name: string | RegExp): Promise<void> {
  const pending = new Set<Request>()
  const started = (request: Request) => {
    if (isFormState(request)) pending.add(request)
  }
  const ended = (request: Request) => pending.delete(request)
  page.on('request', started)
  page.on('requestfinished', ended)
  page.on('requestfailed', ended)
  try {
    const zoneRead = page.waitForResponse((response) =>
      /\/api\/editions\/[^/?]+\?depth=0/.test(response.url()),
    )
    await page.locator('#field-edition').click()
    await page.getByRole('option', { name }).first().click()
    await zoneRead
    await formSettled(page, pending)
  } finally {
    page.off('request', started)
    page.off('requestfinished', ended)
    page.off('requestfailed', ended)
  }
}

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

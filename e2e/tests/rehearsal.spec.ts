// s3rver ships no types; the CMS's tests declare the part of it their S3 server uses.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../../cms/tests/helpers/s3rver.d.ts" />
/**
 * A production rehearsal on loopback: the CMS as a server runs it (production mode, its own
 * secret, an empty database, no demo accounts) with media on S3, mail over SMTP with STARTTLS
 * and a static host's build hook, all started here; a first admin, an invited editor, a photo,
 * a published session, and the site the hook builds as netlify.toml builds it, for its address.
 */
import path from 'node:path'

import type { APIRequestContext, Browser, Page } from '@playwright/test'
import ICAL from 'ical.js'

import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@programma/cms/demo-accounts'
import { routes } from '@programma/shared'
import { freePort } from '@programma/tools/ports'

import { startS3Server, type S3TestServer } from '../../cms/tests/helpers/s3Server'
import { e2eEnvironment } from '../environment'
import { addParticipantRow, pickEdition } from './support/admin'
import { expect, test as base } from './support/fixtures'
import { startMailServer, type MailServer } from './support/rehearsal/mailServer'
import { startProductionCms, type ProductionCms } from './support/rehearsal/productionCms'
import { startStaticHost, type StaticHost } from './support/rehearsal/staticHost'

const REPO_ROOT = path.resolve(import.meta.dirname, '../..')
const CMS_ROOT = path.join(REPO_ROOT, 'cms')
const SITE_ADDRESS = 'https://forum.example.org'
const ADMIN = {
  name: 'Анна Администратор',
  email: 'admin@forum.example.org',
  password: 'first-admin-Pa55-word',
}
const EDITOR = {
  name: 'Егор Редактор',
  email: 'editor@forum.example.org',
  password: 'invited-editor-Pa55-word',
}
const EXPERT_NAME = 'Вера Репетиционная'
const SESSION_TITLE = 'Генеральная репетиция выпуска'
/** A site build on a slow two-core machine, from the hook's call to a finished site. */
const BUILD_TIMEOUT_MS = 12 * 60_000

interface Rehearsal {
  s3: S3TestServer
  mail: MailServer
  host: StaticHost
  productionCms: ProductionCms
}

const test = base.extend<Rehearsal & { cmsPort: number }>({
  // eslint-disable-next-line no-empty-pattern
  cmsPort: async ({}, use) => use(await freePort()),
  // eslint-disable-next-line no-empty-pattern
  s3: async ({}, use) => {
    const server = await startS3Server('rehearsal-media')
    await use(server)
    await server.stop()
  },
  // eslint-disable-next-line no-empty-pattern
  mail: async ({}, use) => {
    const server = await startMailServer()
    await use(server)
    await server.stop()
  },
  host: async ({ cmsPort }, use) => {
    const host = await startStaticHost({
      repoRoot: REPO_ROOT,
      siteUrl: SITE_ADDRESS,
      cmsUrl: `http://127.0.0.1:${cmsPort}`,
    })
    await use(host)
    await host.stop()
  },
  productionCms: async ({ cmsPort, s3, mail, host }, use, testInfo) => {
    const started = Date.now()
    const cms = await startProductionCms({
      cmsRoot: CMS_ROOT,
      port: cmsPort,
      // The build the end-to-end run's `npm start` made (or reused) before the specs started.
      distDir: e2eEnvironment.NEXT_DIST_DIR as string,
      env: {
        ...s3.env,
        ...mail.env,
        SITE_BUILD_HOOK_URL: host.hookUrl,
        SITE_REBUILD_DEBOUNCE_MS: '2000',
      },
      startTimeoutMs: 180_000,
    })
    testInfo.annotations.push({ type: 'CMS start (ms)', description: String(Date.now() - started) })
    await use(cms)
    if (testInfo.status !== testInfo.expectedStatus)
      await testInfo.attach('cms-output', { body: cms.output(), contentType: 'text/plain' })
    await cms.stop()
  },
})

// Each step fails within minutes, naming what it waited for, instead of at the test's end.
test.use({ locale: 'ru-RU', timezoneId: 'Europe/Moscow', actionTimeout: 60_000, navigationTimeout: 120_000 })

const publishButton = (page: Page) =>
  page.getByRole('button', { name: /^(Опубликовать|Publish)( изменения| changes)?$/ })
const saveButton = (page: Page) => page.getByRole('button', { name: /^(Сохранить|Save)$/ })

async function signIn(page: Page, cms: string, account: { email: string; password: string }): Promise<void> {
  await page.goto(`${cms}/admin/login`, { waitUntil: 'networkidle' })
  await page.locator('#field-email').fill(account.email)
  await page.locator('#field-password').fill(account.password)
  await page.getByRole('button', { name: /^(Войти|Login)$/ }).click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))
}

async function apiToken(
  request: APIRequestContext,
  cms: string,
  account: { email: string; password: string },
) {
  const response = await request.post(`${cms}/api/users/login`, { data: account })
  expect(response.status(), await response.text()).toBe(200)
  return ((await response.json()) as { token: string }).token
}

async function me(page: Page, cms: string): Promise<{ email?: string; role?: string } | null> {
  const answer = await page.evaluate(
    async (url) => (await fetch(url, { credentials: 'include' })).json(),
    `${cms}/api/users/me`,
  )
  return (answer as { user: { email?: string; role?: string } | null }).user
}

/** A portrait as a browser paints it: a real PNG, no file in the repository. */
async function portrait(browser: Browser): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: 640, height: 640 } })
  await page.setContent(
    '<body style="margin:0;height:100vh;background:radial-gradient(circle at 50% 40%,#f2c9a0 0 22%,#3b5d8f 23% 100%)">',
  )
  const png = await page.screenshot({ type: 'png' })
  await page.close()
  return png
}

async function created(request: APIRequestContext, url: string, jwt: string, data: Record<string, unknown>) {
  const response = await request.post(url, { headers: { Authorization: `JWT ${jwt}` }, data })
  expect(response.status(), await response.text()).toBe(201)
  return ((await response.json()) as { doc: { id: number; slug?: string } }).doc
}

test('production rehearsal: first admin, invited editor, photo on S3, session on the built site', async ({
  browser,
  request,
  productionCms,
  s3,
  mail,
  host,
}, testInfo) => {
  test.setTimeout(30 * 60_000)
  const cms = productionCms.url
  const figure = (type: string, value: number | string) =>
    testInfo.annotations.push({ type, description: String(value) })

  await test.step('the CMS runs in production: healthy, empty, without demo accounts', async () => {
    const health = await request.get(`${cms}/api/health`)
    expect(health.status()).toBe(200)
    expect(await health.json()).toMatchObject({
      status: 'ok',
      checks: { database: 'ok', mediaStorage: 'ok' },
    })
    for (const account of DEMO_ACCOUNTS) {
      const login = await request.post(`${cms}/api/users/login`, {
        data: { email: account.email, password: DEMO_PASSWORD },
      })
      expect(login.status(), account.email).toBe(401)
    }
  })

  const adminContext = await browser.newContext()
  const admin = await adminContext.newPage()
  await test.step("the first admin is created on Payload's first-user screen", async () => {
    await admin.goto(`${cms}/admin`)
    await admin.waitForURL(/\/admin\/create-first-user/)
    await admin.waitForLoadState('networkidle')
    await admin.locator('#field-email').fill(ADMIN.email)
    await admin.locator('#field-password').fill(ADMIN.password)
    await admin.locator('#field-confirm-password').fill(ADMIN.password)
    await admin.locator('#field-name').fill(ADMIN.name)
    const role = admin.locator('#field-role')
    if (await role.isVisible()) {
      await role.click()
      await admin.getByRole('option', { name: /Администратор|Administrator/ }).click()
    }
    await admin.getByRole('button', { name: /^(Создать|Create)$/ }).click()
    await admin.waitForURL((url) => !url.pathname.includes('create-first-user'))
    expect(await me(admin, cms)).toMatchObject({ email: ADMIN.email, role: 'admin' })
  })

  let invitationLink = ''
  await test.step('the admin invites an editor, and the invitation arrives by mail', async () => {
    await admin.goto(`${cms}/admin/collections/users/create`, { waitUntil: 'networkidle' })
    await admin.locator('#field-name').fill(EDITOR.name)
    await admin.locator('#field-email').fill(EDITOR.email)
    // The form asks for a password on creation; an invitation replaces it with one no one knows.
    const typedPassword = `typed-by-admin-${Date.now()}`
    await admin.locator('#field-password').fill(typedPassword)
    await admin.locator('#field-confirm-password').fill(typedPassword)
    await admin.locator('#field-sendInvitation').check()
    const sentAt = Date.now()
    await saveButton(admin).click()
    await admin.waitForURL(/\/admin\/collections\/users\/\d+/)
    const invitation = await mail.mailTo(EDITOR.email, 60_000)
    figure('invitation mail (ms)', Date.now() - sentAt)
    const link = /https?:\/\/[^\s"<>]+\/admin\/reset\/[0-9a-f]+/.exec(invitation.text)?.[0]
    expect(link, invitation.text).toBeDefined()
    invitationLink = link as string
    expect(new URL(invitationLink).origin).toBe(cms)
    expect(invitation.html).toContain(invitationLink)
    const stolen = await request.post(`${cms}/api/users/login`, {
      data: { email: EDITOR.email, password: typedPassword },
    })
    expect(stolen.status(), 'the password the admin typed is not the editor’s').toBe(401)
  })

  const editorContext = await browser.newContext()
  const editor = await editorContext.newPage()
  await test.step("the editor sets a password from the mail's link and signs in", async () => {
    await editor.goto(invitationLink, { waitUntil: 'networkidle' })
    await editor.locator('#field-password').fill(EDITOR.password)
    await editor.locator('#field-confirm-password').fill(EDITOR.password)
    await editor.getByRole('button', { name: /^(Сброс пароля|Reset Password)$/i }).click()
    await editor.waitForURL((url) => !url.pathname.includes('/reset/'))
    await editorContext.clearCookies()
    await signIn(editor, cms, EDITOR)
    expect(await me(editor, cms)).toMatchObject({ email: EDITOR.email, role: 'editor' })
  })

  let mediaId = 0
  await test.step('the editor uploads a photo, and it lands in the S3 bucket', async () => {
    await editor.goto(`${cms}/admin/collections/media/create`, { waitUntil: 'networkidle' })
    await editor
      .locator('input[type="file"]')
      .setInputFiles({ name: 'vera-portrait.png', mimeType: 'image/png', buffer: await portrait(browser) })
    await editor.locator('#field-alt').fill(`Портрет: ${EXPERT_NAME}`)
    const uploadedAt = Date.now()
    await saveButton(editor).click()
    await editor.waitForURL(/\/admin\/collections\/media\/\d+/)
    figure('photo upload (ms)', Date.now() - uploadedAt)
    mediaId = Number(/media\/(\d+)/.exec(editor.url())?.[1])
    const stored = (await (
      await request.get(`${cms}/api/media/${mediaId}?depth=0`, {
        headers: { Authorization: `JWT ${await apiToken(request, cms, EDITOR)}` },
      })
    ).json()) as { filename: string; sizes: Record<string, { filename?: string | null }> }
    const files = [stored.filename, ...Object.values(stored.sizes).map((size) => size.filename)]
    const keys = await s3.keys()
    expect(stored.filename).toMatch(/^vera-portrait\./)
    // The original and each of its sizes are objects in the bucket, under the names the CMS recorded.
    expect(keys).toEqual(expect.arrayContaining(files.filter((file): file is string => Boolean(file))))
    expect(keys.length).toBeGreaterThan(1)
    figure('objects in the bucket', keys.length)
  })

  let sessionId = 0
  let publishedAt = 0
  await test.step('the editor creates an edition, a forum, an expert with the photo, and publishes a session', async () => {
    const jwt = await apiToken(request, cms, EDITOR)
    const edition = await created(request, `${cms}/api/editions`, jwt, {
      title: 'Репетиция 2027',
      year: 2027,
      format: 'hybrid',
      timeZone: 'Europe/Moscow',
      startDate: '2027-04-20T00:00:00.000Z',
      endDate: '2027-04-22T00:00:00.000Z',
    })
    await created(request, `${cms}/api/forums`, jwt, { title: 'Форум репетиции', edition: edition.id })
    await created(request, `${cms}/api/experts`, jwt, {
      name: EXPERT_NAME,
      photo: mediaId,
      _status: 'published',
    })

    await editor.goto(`${cms}/admin/collections/sessions/create`, { waitUntil: 'networkidle' })
    await editor.locator('#field-title').fill(SESSION_TITLE)
    for (const [field, moment] of [
      ['start', '21.04.2027 10:00'],
      ['end', '21.04.2027 11:30'],
    ] as const) {
      await editor.locator(`#field-${field}`).getByRole('textbox').fill(moment)
      await editor.locator(`#field-${field}`).getByRole('textbox').press('Enter')
    }
    await pickEdition(editor, /Репетиция 2027/)
    await addParticipantRow(editor)
    await editor.keyboard.type('Репетиционная')
    await editor.getByRole('option', { name: EXPERT_NAME }).first().click()
    publishedAt = Date.now()
    await publishButton(editor).click()
    await editor.waitForURL(/\/admin\/collections\/sessions\/\d+/)
    sessionId = Number(/sessions\/(\d+)/.exec(editor.url())?.[1])
  })

  await test.step('publishing calls the build hook, and the static host builds the site', async () => {
    await expect.poll(() => host.hookCalls.length, { timeout: 60_000, intervals: [500] }).toBeGreaterThan(0)
    expect(host.hookCalls[0]).toMatchObject({ trigger: 'programma-cms' })
    const outcome = () => {
      if (host.builds.some((build) => build.exitCode !== 0)) return 'failed'
      return host.builds.some((build) => build.startedAt >= publishedAt) ? 'built' : 'waiting'
    }
    await expect.poll(outcome, { timeout: BUILD_TIMEOUT_MS, intervals: [2000] }).not.toBe('waiting')
    const failed = host.builds.find((build) => build.exitCode !== 0)
    expect(failed, `the site build failed:\n${failed?.outputTail}`).toBeUndefined()
    const last = host.builds.at(-1)
    figure('hook calls', host.hookCalls.length)
    figure('site builds (ms each)', host.builds.map((build) => build.durationMs).join(', '))
    figure('publish to built site (ms)', (last ? last.startedAt + last.durationMs : Date.now()) - publishedAt)
  })

  await test.step('the built site shows the session at its address, with its calendars and the photo', async () => {
    const session = (await (
      await request.get(`${cms}/api/sessions/${sessionId}?depth=0`, {
        headers: { Authorization: `JWT ${await apiToken(request, cms, EDITOR)}` },
      })
    ).json()) as { slug: string; id: number }
    const site = host.site()
    if (!site) throw new Error('the static host serves no site')
    const reader = await browser.newPage()
    const pagePath = routes.session('ru', session.slug)
    const answer = await reader.goto(`${site.origin}${pagePath}`)
    expect(answer?.status()).toBe(200)
    await expect(reader.getByRole('heading', { level: 1 })).toContainText(SESSION_TITLE)
    await expect(reader.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `${SITE_ADDRESS}${pagePath}`,
    )

    const webcal = await reader.locator('a[href^="webcal:"]').first().getAttribute('href')
    expect(new URL(String(webcal).replace(/^webcal:/, 'https:')).host).toBe('forum.example.org')

    const calendar = await request.get(`${site.origin}${routes.sessionCalendar('ru', session.slug)}`)
    expect(calendar.status()).toBe(200)
    const event = new ICAL.Component(ICAL.parse(await calendar.text())).getFirstSubcomponent('vevent')
    expect(event?.getFirstPropertyValue('uid')).toBe(`session-${session.id}@forum.example.org`)

    const photo = reader.locator('section[aria-labelledby="participants"] img')
    await expect(photo.first()).toBeVisible()
    expect(
      await photo.first().evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0),
    ).toBe(true)
    await reader.close()
  })

  await adminContext.close()
  await editorContext.close()
})

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { APIRequestContext } from '@playwright/test'
import { serveStaticSite } from '@programma/tools/staticSite'

import { expect, test } from './support/fixtures'

const FOREIGN = 'https://attacker.example'
const EDITOR = { email: 'editor@demo.programma.local', password: 'programma-demo' }

/** A request context of its own, signed in as the editor by the session cookie alone. */
async function signedInByCookie(
  playwright: { request: { newContext: () => Promise<APIRequestContext> } },
  cms: string,
): Promise<{ api: APIRequestContext; userId: number; setCookie: string }> {
  const api = await playwright.request.newContext()
  const login = await api.post(`${cms}/api/users/login`, { data: EDITOR, headers: { Origin: cms } })
  expect(login.ok()).toBe(true)
  const { user } = (await login.json()) as { user: { id: number } }
  return { api, userId: user.id, setCookie: login.headers()['set-cookie'] ?? '' }
}

async function whoAmI(
  api: APIRequestContext,
  cms: string,
  headers: Record<string, string>,
): Promise<string | null> {
  const response = await api.get(`${cms}/api/users/me`, { headers })
  expect(response.ok()).toBe(true)
  return ((await response.json()) as { user: { email: string } | null }).user?.email ?? null
}

test('the session cookie is HttpOnly and SameSite=Lax', async ({ playwright, cms }) => {
  const { setCookie, api } = await signedInByCookie(playwright, cms)
  expect(setCookie).toMatch(/payload-token=[^;]+/)
  expect(setCookie).toMatch(/HttpOnly/i)
  expect(setCookie).toMatch(/SameSite=Lax/i)
  await api.dispose()
})

test('the API lets browsers on other origins neither read nor call it (CORS)', async ({
  request,
  cms,
  site,
}) => {
  for (const origin of [FOREIGN, site]) {
    const preflight = await request.fetch(`${cms}/api/experts`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
    })
    expect(preflight.headers()['access-control-allow-origin'], origin).toBeUndefined()
    const read = await request.get(`${cms}/api/editions?limit=1`, { headers: { Origin: origin } })
    expect(read.headers()['access-control-allow-origin'], origin).toBeUndefined()
  }
  const own = await request.fetch(`${cms}/api/experts`, {
    method: 'OPTIONS',
    headers: { Origin: cms, 'Access-Control-Request-Method': 'POST' },
  })
  expect(own.headers()['access-control-allow-origin']).toBe(cms)
})

test("an editor's cookie counts only on requests from the CMS's own pages (CSRF)", async ({
  playwright,
  cms,
  site,
}) => {
  const { api, userId } = await signedInByCookie(playwright, cms)
  expect(await whoAmI(api, cms, { Origin: cms })).toBe(EDITOR.email)
  expect(await whoAmI(api, cms, { 'Sec-Fetch-Site': 'same-origin' })).toBe(EDITOR.email)
  expect(await whoAmI(api, cms, { Origin: FOREIGN })).toBeNull()
  expect(await whoAmI(api, cms, { Origin: site })).toBeNull()
  expect(await whoAmI(api, cms, { 'Sec-Fetch-Site': 'cross-site' })).toBeNull()
  // A tool without an Origin header signs in with the token, not the cookie.
  expect(await whoAmI(api, cms, {})).toBeNull()

  const rename = (origin: string, name: string) =>
    api.patch(`${cms}/api/users/${userId}`, { headers: { Origin: origin }, data: { name } })
  expect((await rename(FOREIGN, 'Переименован')).status()).toBe(403)
  const me = await api.get(`${cms}/api/users/me`, { headers: { Origin: cms } })
  const { name } = ((await me.json()) as { user: { name: string } }).user
  expect(name).not.toBe('Переименован')
  expect((await rename(cms, name)).status()).toBe(200)
  await api.dispose()
})

test('a page on another origin cannot act as the signed-in editor in a real browser', async ({
  page,
  playwright,
  cms,
}) => {
  // The editor is signed in in this browser: the cookie is in the page's context.
  const login = await page.request.post(`${cms}/api/users/login`, { data: EDITOR, headers: { Origin: cms } })
  expect(login.ok()).toBe(true)
  const name = `Подделанный эксперт ${Date.now()}`

  // A page of another origin on this machine, with no Content-Security-Policy of its own (the
  // site's would stop these requests in the browser already): it is the CMS that must refuse them.
  const folder = mkdtempSync(path.join(tmpdir(), 'programma-elsewhere-'))
  writeFileSync(path.join(folder, 'index.html'), '<!doctype html><title>elsewhere</title>')
  const elsewhere = await serveStaticSite(folder, { headers: 'none' })
  await page.goto(`${elsewhere.origin}/`)
  const outcome = await page.evaluate(
    async ({ cms, expertName }) => {
      const read = await fetch(`${cms}/api/users/me`, { credentials: 'include' })
        .then(() => 'read')
        .catch(() => 'blocked')
      // A multipart POST, as the admin sends its forms, goes out without a preflight: only
      // the CMS can refuse it.
      const form = new FormData()
      form.set('_payload', JSON.stringify({ name: expertName }))
      await fetch(`${cms}/api/experts`, {
        method: 'POST',
        mode: 'no-cors',
        credentials: 'include',
        body: form,
      })
      return read
    },
    { cms, expertName: name },
  )
  expect(outcome).toBe('blocked')

  const anonymous = await playwright.request.newContext()
  const created = await anonymous.get(`${cms}/api/experts`, {
    params: { 'where[name][equals]': name, draft: 'true', depth: '0' },
    headers: { Authorization: `JWT ${((await login.json()) as { token: string }).token}` },
  })
  expect(((await created.json()) as { totalDocs: number }).totalDocs).toBe(0)
  await Promise.all([anonymous.dispose(), elsewhere.close()])
})

import { GRAPHQL_POST, REST_POST } from '@payloadcms/next/routes'
import { getPayload, type Payload, type SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createFixtures, type Fixtures } from './helpers/fixtures'
import { startPayloadWithConfig, stopPayload, TEST_DATABASES } from './helpers/payload'

/** Well under the 30 s a write waits for its turn before it gives up as busy. */
const PROMPTLY_MS = 5_000

/**
 * Operations that hold a transaction and also write outside it (Payload's forgot-password
 * reserves its request interval that way) must never wait for their own turn, and an
 * anonymous caller must not be able to hold editors' saves up.
 */
describe.each(TEST_DATABASES)('the write turn on $name', (database) => {
  let started: Payload
  /** The instance Next's route handlers use (theirs is keyed 'default'): saves and calls share its turn. */
  let payload: Payload
  let config: Promise<SanitizedConfig>
  let f: Fixtures

  beforeAll(async () => {
    ;({ payload: started, config } = await startPayloadWithConfig(database))
    f = await createFixtures(started)
    payload = await getPayload({ config })
  })
  afterAll(async () => {
    await payload?.destroy()
    await stopPayload(started)
  })

  async function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const url = new URL(`http://localhost/api/${path}`)
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    const request = new Request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    })
    return REST_POST(config)(request, { params: Promise.resolve({ slug }) })
  }

  async function graphql(query: string): Promise<Response> {
    return GRAPHQL_POST(config)(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      }),
    )
  }

  async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
    const started = performance.now()
    const value = await run()
    return { value, ms: performance.now() - started }
  }

  function editorSaves(title: string) {
    return timed(() =>
      payload.update({
        collection: 'sessions',
        id: f.publishedSession.id,
        locale: 'ru',
        data: { title },
        user: { ...f.editor, collection: 'users' },
        overrideAccess: false,
      }),
    )
  }

  async function storedResetToken(email: string): Promise<string | null | undefined> {
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      showHiddenFields: true,
      overrideAccess: true,
    })
    return (docs[0] as { resetPasswordToken?: string | null } | undefined)?.resetPasswordToken
  }

  it('answers three anonymous forgot-passwords at once promptly, and an editor saves meanwhile', async () => {
    const asking = ['nobody@example.org', 'no-one@example.org', 'nemo@example.org'].map((email) =>
      timed(() => post('users/forgot-password', { email })),
    )
    await new Promise((resolve) => setTimeout(resolve, 50))
    const save = await editorSaves('Сохранено во время сброса пароля')
    for (const { value, ms } of await Promise.all(asking)) {
      expect(value.status).toBe(200)
      expect(ms).toBeLessThan(PROMPTLY_MS)
    }
    expect(save.value.title).toBe('Сохранено во время сброса пароля')
    expect(save.ms).toBeLessThan(PROMPTLY_MS)
  })

  it('answers a known address as it answers an unknown one, and stores a reset token', async () => {
    const unknown = await timed(() => post('users/forgot-password', { email: 'stranger@example.org' }))
    const known = await timed(() => post('users/forgot-password', { email: 'curator@example.test' }))
    expect(known.value.status).toBe(unknown.value.status)
    expect(await known.value.json()).toEqual(await unknown.value.json())
    expect(known.ms).toBeLessThan(PROMPTLY_MS)
    expect(await storedResetToken('curator@example.test')).toMatch(/^[0-9a-f]{40}$/)
  })

  it('resets the password with that token, and logs in with the new one promptly', async () => {
    const token = await storedResetToken('curator@example.test')
    const reset = await timed(() => post('users/reset-password', { token, password: 'a-new-long-password' }))
    expect(reset.value.status).toBe(200)
    expect(reset.ms).toBeLessThan(PROMPTLY_MS)
    const login = await timed(() =>
      post('users/login', { email: 'curator@example.test', password: 'a-new-long-password' }),
    )
    expect(login.value.status).toBe(200)
    expect(login.ms).toBeLessThan(PROMPTLY_MS)
  })

  it('answers forgotPasswordUser over GraphQL promptly, and an editor saves and another logs in meanwhile', async () => {
    const asking = ['ghost@example.org', 'admin@example.test', 'phantom@example.org'].map((email) =>
      timed(() => graphql(`mutation { forgotPasswordUser(email: "${email}") }`)),
    )
    await new Promise((resolve) => setTimeout(resolve, 50))
    const [save, login] = await Promise.all([
      editorSaves('Сохранено во время сброса по GraphQL'),
      timed(() => post('users/login', { email: 'editor@example.test', password: 'correct-horse-battery' })),
    ])
    for (const { value, ms } of await Promise.all(asking)) {
      expect(value.status).toBe(200)
      expect(await value.json()).toEqual({ data: { forgotPasswordUser: true } })
      expect(ms).toBeLessThan(PROMPTLY_MS)
    }
    expect(save.value.title).toBe('Сохранено во время сброса по GraphQL')
    expect(save.ms).toBeLessThan(PROMPTLY_MS)
    expect(login.value.status).toBe(200)
    expect(login.ms).toBeLessThan(PROMPTLY_MS)
  })

  it('answers a wrong password promptly while editors save', async () => {
    const [save, wrong] = await Promise.all([
      editorSaves('Сохранено во время неверного входа'),
      timed(() => post('users/login', { email: 'admin@example.test', password: 'not-the-password' })),
    ])
    expect(wrong.value.status).toBe(401)
    expect(wrong.ms).toBeLessThan(PROMPTLY_MS)
    expect(save.ms).toBeLessThan(PROMPTLY_MS)
  })
})

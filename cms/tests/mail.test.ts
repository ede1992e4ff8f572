import { REST_PATCH } from '@payloadcms/next/routes'
import type { Payload, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { resetLoginThrottle } from '../src/auth/loginThrottle'
import { startPayloadWithConfig, stopPayload, TEST_DATABASES } from './helpers/payload'
import { routes } from './helpers/routes'
import { type ReceivedMail, startSmtpServer, type SmtpTestServer } from './helpers/smtpServer'

const PUBLIC_URL = 'http://127.0.0.1:3999'
const ADMIN = { email: 'admin@example.test', password: 'correct-horse-battery' }
const HOSTILE_NAME = '<img src=x onerror=alert(1)> & "Q"'

const TEXTS = {
  ru: {
    reset: 'Восстановление пароля — Programma',
    invitation: 'Приглашение в Programma',
    greeting: 'Здравствуйте',
  },
  en: { reset: 'Password reset — Programma', invitation: 'Invitation to Programma', greeting: 'Hello' },
} as const

/** The reset token in the link of a mail, checked to be the same in its HTML and its text. */
function tokenOf(mail: ReceivedMail): string {
  const pattern = new RegExp(`${PUBLIC_URL.replace(/[.:/]/g, '\\$&')}/admin/reset/([0-9a-f]{40})`)
  const inText = pattern.exec(mail.text)?.[1]
  const inHtml = pattern.exec(mail.html)?.[1]
  expect(inText, mail.text).toBeDefined()
  expect(inHtml).toBe(inText)
  return inText ?? ''
}

/**
 * Password resets and invitations through Payload's nodemailer adapter to a real SMTP server
 * on loopback that requires a login: each mail is read, its link followed to a new password,
 * and the server is taken down or made to refuse the CMS's credentials.
 */
describe.each(TEST_DATABASES)('mail on $name', (database) => {
  let smtp: SmtpTestServer
  let payload: Payload
  let config: Promise<SanitizedConfig>
  let adminToken: string

  const api = () => routes(config)
  const json = async (response: Response) => ({ status: response.status, body: await response.json() })
  const asAdmin = () => ({ authorization: `JWT ${adminToken}` })

  /** PATCH /api/users/:id as Next serves it. */
  function patchUser(id: number | string, body: unknown, headers: Record<string, string>) {
    const url = new URL(`http://localhost/api/users/${String(id)}`)
    const request = new Request(url, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    })
    return REST_PATCH(config)(request, { params: Promise.resolve({ slug: ['users', String(id)] }) })
  }

  async function login(email: string, password: string) {
    return (await api().post('users/login', { email, password })).status
  }

  async function storedUser(email: string) {
    return (await payload.db.findOne({ collection: 'users', where: { email: { equals: email } } })) as {
      id: number | string
      resetPasswordToken?: string | null
    } | null
  }

  beforeAll(async () => {
    smtp = await startSmtpServer()
    ;({ payload, config } = await startPayloadWithConfig(database, {
      ...smtp.env,
      CMS_PUBLIC_URL: PUBLIC_URL,
    }))
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { ...ADMIN, name: 'Анна Админова', role: 'admin', language: 'ru' },
    })
    const signedIn = await json(await api().post('users/login', ADMIN))
    adminToken = signedIn.body.token as string
  })
  afterAll(async () => {
    await stopPayload(payload)
    await smtp?.stop()
  })
  beforeEach(() => {
    resetLoginThrottle()
    smtp.refuseCredentials(false)
  })

  describe.each(['ru', 'en'] as const)('in %s', (language) => {
    it('mails a reset link that sets a new password; the old one stops working', async () => {
      const email = `forgot-${language}@example.test`
      await payload.create({
        collection: 'users',
        overrideAccess: true,
        data: { email, password: 'old-password-1', name: HOSTILE_NAME, role: 'editor', language },
      })

      const asked = await api().post('users/forgot-password', { email })
      expect(asked.status).toBe(200)
      const mail = await smtp.mailTo(email)
      expect(mail.to).toEqual([email])
      expect(mail.from).toBe('noreply@programma.test')
      expect(mail.subject).toBe(TEXTS[language].reset)
      expect(mail.text).toContain(`${TEXTS[language].greeting}`)
      expect(mail.text).toContain(HOSTILE_NAME)
      expect(mail.html).not.toContain('<img')
      expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Q&quot;')

      const reset = await api().post('users/reset-password', {
        token: tokenOf(mail),
        password: 'new-password-2',
      })
      expect(reset.status).toBe(200)
      expect(await login(email, 'new-password-2')).toBe(200)
      expect(await login(email, 'old-password-1')).toBe(401)
      const again = await api().post('users/reset-password', {
        token: tokenOf(mail),
        password: 'third-password-3',
      })
      expect(again.status).toBe(403)
      expect(smtp.mails.filter((sent) => sent.to.includes(email))).toHaveLength(1)
    })

    it('invites a user the admin creates without a password; the link lets them choose one', async () => {
      const email = `invited-${language}@example.test`
      const created = await json(
        await api().post(
          'users',
          { email, name: 'Приглашённый', role: 'editor', language, sendInvitation: true },
          asAdmin(),
        ),
      )
      expect(created.status).toBe(201)
      expect(created.body.doc.invitation).toMatchObject({ status: 'sent', failure: null })

      const mail = await smtp.mailTo(email)
      expect(mail.to).toEqual([email])
      expect(mail.subject).toBe(TEXTS[language].invitation)
      expect(mail.text).toContain('Анна Админова')
      expect(mail.text).toContain(email)
      expect(mail.text).toContain(language === 'ru' ? '7 дней' : '7 days')

      const chosen = await api().post('users/reset-password', {
        token: tokenOf(mail),
        password: 'my-own-password',
      })
      expect(chosen.status).toBe(200)
      expect(await login(email, 'my-own-password')).toBe(200)
      expect(smtp.mails.filter((sent) => sent.to.includes(email))).toHaveLength(1)
    })
  })

  it('replaces a password the admin typed for an invited user: only the invited user knows theirs', async () => {
    const email = 'typed@example.test'
    const created = await api().post(
      'users',
      {
        email,
        password: 'typed-by-admin',
        name: 'Typed',
        role: 'editor',
        language: 'en',
        sendInvitation: true,
      },
      asAdmin(),
    )
    expect(created.status).toBe(201)
    const mail = await smtp.mailTo(email)
    expect(await login(email, 'typed-by-admin')).toBe(401)
    await api().post('users/reset-password', { token: tokenOf(mail), password: 'chosen-by-user' })
    expect(await login(email, 'chosen-by-user')).toBe(200)
  })

  it('sends no invitation for a user who is not an admin', async () => {
    const email = 'plain-editor@example.test'
    const editor = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email, password: 'editor-password', name: 'Editor', role: 'editor' },
    })
    const signedIn = await json(await api().post('users/login', { email, password: 'editor-password' }))
    const before = smtp.mails.length
    const response = await patchUser(
      editor.id,
      { sendInvitation: true },
      { authorization: `JWT ${signedIn.body.token as string}` },
    )
    // A mail is in the server's hands before the save answers, so none can still be on its way.
    expect(response.status).toBe(200)
    expect(smtp.mails.length).toBe(before)
    expect((await storedUser(email))?.resetPasswordToken ?? null).toBeNull()
  })

  describe('when the mail server is down', () => {
    beforeAll(() => smtp.goDown())
    afterAll(() => smtp.comeUp())

    it('keeps the invited user, says why the mail did not go, and sends it again once the server is back', async () => {
      const email = 'down-invited@example.test'
      const created = await json(
        await api().post('users', { email, name: 'Ждущий', role: 'editor', sendInvitation: true }, asAdmin()),
      )
      expect(created.status).toBe(201)
      expect(created.body.doc.invitation.status).toBe('failed')
      expect(created.body.doc.invitation.failure).toContain(
        `почтовый сервер 127.0.0.1:${smtp.port} недоступен`,
      )
      expect(created.body.doc.invitation.failure).toContain('cannot be reached (SMTP_HOST, SMTP_PORT)')
      const stored = await storedUser(email)
      expect(stored).not.toBeNull()
      expect(stored?.resetPasswordToken ?? null).toBeNull()
      const read = await json(await api().get(`users/${String(stored?.id)}`, { headers: asAdmin() }))
      expect(read.body.invitation.status).toBe('failed')

      await smtp.comeUp()
      const resent = await json(await patchUser(stored?.id ?? '', { sendInvitation: true }, asAdmin()))
      await smtp.goDown()
      expect(resent.status).toBe(200)
      expect(resent.body.doc.invitation).toMatchObject({ status: 'sent', failure: null })
      const mail = await smtp.mailTo(email)
      expect(mail.to).toEqual([email])
      expect(
        (await api().post('users/reset-password', { token: tokenOf(mail), password: 'finally-set' })).status,
      ).toBe(200)
    })

    it('answers forgot-password with a clear error and changes nothing', async () => {
      const email = 'down-forgot@example.test'
      await payload.create({
        collection: 'users',
        overrideAccess: true,
        data: { email, password: 'still-valid-1', name: 'Forgetful', role: 'editor' },
      })
      const refused = await json(await api().post('users/forgot-password', { email }))
      expect(refused.status).toBe(503)
      expect(JSON.stringify(refused.body)).toMatch(/Письмо не отправлено.*The mail could not be sent/)
      expect((await storedUser(email))?.resetPasswordToken ?? null).toBeNull()
      expect(await login(email, 'still-valid-1')).toBe(200)

      // Nothing was reserved either: once the server is back, the user may ask at once.
      await smtp.comeUp()
      const asked = await api().post('users/forgot-password', { email })
      await smtp.goDown()
      expect(asked.status).toBe(200)
      expect((await smtp.mailTo(email)).to).toEqual([email])
    })
  })

  describe('when the mail server refuses the credentials', () => {
    beforeEach(() => smtp.refuseCredentials(true))

    it('keeps the invited user and names the settings to check', async () => {
      const created = await json(
        await api().post(
          'users',
          { email: 'refused-invited@example.test', name: 'Refused', role: 'curator', sendInvitation: true },
          asAdmin(),
        ),
      )
      expect(created.status).toBe(201)
      expect(created.body.doc.invitation.status).toBe('failed')
      expect(created.body.doc.invitation.failure).toContain(
        'не принял логин и пароль (SMTP_USER, SMTP_PASSWORD)',
      )
      expect(await storedUser('refused-invited@example.test')).not.toBeNull()
    })

    it('answers forgot-password with the same clear error, keeping the reason out of the answer', async () => {
      const refused = await json(await api().post('users/forgot-password', { email: ADMIN.email }))
      expect(refused.status).toBe(503)
      expect(JSON.stringify(refused.body)).toMatch(/The mail could not be sent/)
      expect(JSON.stringify(refused.body)).not.toMatch(/SMTP|127\.0\.0\.1/)
      expect((await storedUser(ADMIN.email))?.resetPasswordToken ?? null).toBeNull()
    })
  })
})

import { describe, expect, it } from 'vitest'

import { MailNotSent } from '../../src/auth/mail/notSent'
import { escapeHtml, invitationMail, resetPasswordMail } from '../../src/auth/mail/templates'
import {
  emailAdapter,
  logAdapter,
  parseMailFrom,
  smtpFailureReason,
  smtpSettings,
  unconfiguredAdapter,
} from '../../src/host/email'

const SMTP = {
  SMTP_HOST: 'smtp.example.org',
  SMTP_USER: 'programma',
  SMTP_PASSWORD: 'secret',
  MAIL_FROM: 'Programma <noreply@example.org>',
}
const PRODUCTION = { NODE_ENV: 'production', CMS_PUBLIC_URL: 'https://cms.example.org' }

describe('SMTP settings', () => {
  it('are absent when no mail variable is set', () => {
    expect(smtpSettings({})).toBeUndefined()
  })

  it('read the server, its login and the sender, with STARTTLS on 587 by default', () => {
    expect(smtpSettings(SMTP)).toEqual({
      host: 'smtp.example.org',
      port: 587,
      secure: false,
      requireTLS: false,
      auth: { user: 'programma', pass: 'secret' },
      from: { name: 'Programma', address: 'noreply@example.org' },
    })
  })

  it('use TLS from the start on 465, and 465 when SMTP_SECURE asks for it', () => {
    expect(smtpSettings({ ...SMTP, SMTP_PORT: '465' })).toMatchObject({ port: 465, secure: true })
    expect(smtpSettings({ ...SMTP, SMTP_SECURE: 'true' })).toMatchObject({ port: 465, secure: true })
    expect(smtpSettings({ ...SMTP, SMTP_PORT: '2525', SMTP_SECURE: 'false' })).toMatchObject({
      port: 2525,
      secure: false,
    })
  })

  it('need no login for a relay that takes mail without one', () => {
    const { SMTP_USER: _user, SMTP_PASSWORD: _password, ...relay } = SMTP
    expect(smtpSettings(relay)?.auth).toBeUndefined()
  })

  it('require STARTTLS in production unless TLS is used from the start', () => {
    expect(smtpSettings({ ...SMTP, ...PRODUCTION })).toMatchObject({ secure: false, requireTLS: true })
    expect(smtpSettings({ ...SMTP, ...PRODUCTION, SMTP_PORT: '465' })).toMatchObject({ requireTLS: false })
  })

  it.each([
    [{ SMTP_USER: 'programma' }, /SMTP_USER is set but SMTP_HOST is not/],
    [{ MAIL_FROM: 'noreply@example.org' }, /MAIL_FROM is set but SMTP_HOST is not/],
    [{ ...SMTP, SMTP_PASSWORD: '' }, /SMTP_USER is set but SMTP_PASSWORD is not/],
    [{ ...SMTP, SMTP_USER: ' ' }, /SMTP_PASSWORD is set but SMTP_USER is not/],
    [{ ...SMTP, SMTP_PORT: '25x' }, /SMTP_PORT "25x" is not valid/],
    [{ ...SMTP, SMTP_PORT: '70000' }, /SMTP_PORT "70000" is not valid/],
    [{ ...SMTP, SMTP_SECURE: 'yes' }, /SMTP_SECURE "yes" is not valid/],
    [{ ...SMTP, MAIL_FROM: undefined }, /MAIL_FROM is not set/],
    [{ ...SMTP, MAIL_FROM: 'Programma <noreply>' }, /MAIL_FROM "Programma <noreply>" is not valid/],
    [{ ...SMTP, NODE_ENV: 'production' }, /CMS_PUBLIC_URL is not set/],
  ])('refuse a partial or malformed setting, naming the variable: %o', (env, message) => {
    expect(() => smtpSettings(env)).toThrow(message)
  })

  it('read the sender with or without a name', () => {
    expect(parseMailFrom('noreply@example.org')).toEqual({
      name: 'Programma',
      address: 'noreply@example.org',
    })
    expect(parseMailFrom('"ММСО — Программа" <info@mmco-expo.ru>')).toEqual({
      name: 'ММСО — Программа',
      address: 'info@mmco-expo.ru',
    })
  })
})

describe('the email adapter', () => {
  it('is the log locally, a refusal in production without SMTP, and checks SMTP settings first', () => {
    expect(emailAdapter({})).toBe(logAdapter)
    expect(emailAdapter({ PROGRAMMA_MODE: 'local', NODE_ENV: 'production' })).toBe(logAdapter)
    expect(emailAdapter(PRODUCTION)).toBe(unconfiguredAdapter)
    expect(emailAdapter({ ...SMTP, NEXT_PHASE: 'phase-production-build' })).toBeUndefined()
    expect(() => emailAdapter({ ...SMTP, SMTP_PORT: 'x' })).toThrow(/SMTP_PORT/)
  })

  it('in production without SMTP warns at start and refuses every mail with the reason', async () => {
    const warnings: string[] = []
    const logger = { warn: (message: string) => warnings.push(message) }
    const adapter = unconfiguredAdapter({ payload: { logger } as never })
    expect(warnings.join()).toMatch(/SMTP_HOST is not set: password resets and invitations cannot be mailed/)
    const refusal = await adapter
      .sendEmail({ to: 'someone@example.org', subject: 's' })
      .catch((error) => error)
    expect(refusal).toBeInstanceOf(MailNotSent)
    expect((refusal as MailNotSent).reason.en).toContain('SMTP_HOST')
    expect((refusal as MailNotSent).status).toBe(503)
  })
})

describe('why a mail did not go', () => {
  const settings = smtpSettings(SMTP)!
  it.each([
    ['EAUTH', 'SMTP_USER, SMTP_PASSWORD'],
    ['ECONNECTION', 'cannot be reached (SMTP_HOST, SMTP_PORT)'],
    ['ETIMEDOUT', 'cannot be reached (SMTP_HOST, SMTP_PORT)'],
    ['ETLS', 'SMTP_SECURE'],
    ['EENVELOPE', 'MAIL_FROM'],
  ])('%s names %s', (code, named) => {
    const reason = smtpFailureReason(Object.assign(new Error('x'), { code }), settings)
    expect(reason.en).toContain(named)
    expect(reason.ru).toContain('smtp.example.org:587')
  })

  it('quotes the server otherwise', () => {
    const reason = smtpFailureReason({ code: 'EMESSAGE', response: '552 Message size exceeds' }, settings)
    expect(reason.en).toContain('552 Message size exceeds')
  })
})

describe('mail templates', () => {
  const hostile = '<script>alert(1)</script> & "x" \'y\''

  it('escape every string in HTML and keep it readable in text', () => {
    const mail = invitationMail(
      { name: hostile, email: 'a@example.org' },
      'https://cms.example.org/admin/reset/ab"cd',
      'ru',
      hostile,
    )
    expect(mail.html).not.toMatch(/<script|"x"|'y'/)
    expect(mail.html).toContain('href="https://cms.example.org/admin/reset/ab&quot;cd"')
    expect(mail.text).toContain(hostile)
    expect(escapeHtml(hostile)).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &#39;y&#39;')
  })

  it('speak Russian or English, the link in both parts', () => {
    const ru = resetPasswordMail({ name: 'Анна', email: 'a@example.org' }, 'https://cms/admin/reset/t', 'ru')
    const en = resetPasswordMail({ name: 'Anna', email: 'a@example.org' }, 'https://cms/admin/reset/t', 'en')
    expect(ru.subject).toBe('Восстановление пароля — Programma')
    expect(ru.text).toMatch(/^Здравствуйте, Анна!/)
    expect(en.subject).toBe('Password reset — Programma')
    expect(en.html).toContain('<html lang="en">')
    for (const mail of [ru, en]) {
      expect(mail.text).toContain('https://cms/admin/reset/t')
      expect(mail.html).toContain('href="https://cms/admin/reset/t"')
    }
  })
})

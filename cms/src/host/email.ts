import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { Config, EmailAdapter } from 'payload'

import { MailNotSent } from '../auth/mail/notSent'
import { isProduction, type Env } from '../config/runtime'
import type { Label } from '../fields/labels'

export interface SmtpSettings {
  host: string
  port: number
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean
  /** Refuse a server that does not offer STARTTLS: production never sends passwords in clear. */
  requireTLS: boolean
  auth?: { user: string; pass: string }
  from: { name: string; address: string }
}

/** Settings that mean nothing without SMTP_HOST. */
const DEPENDENT_VARIABLES = ['SMTP_PORT', 'SMTP_SECURE', 'SMTP_USER', 'SMTP_PASSWORD', 'MAIL_FROM'] as const

/** How long a mail may keep an operation waiting for a server that does not answer. */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }

const FROM_EXAMPLE = 'MAIL_FROM="Programma <noreply@example.org>"'

/** A start-up error that names the setting to fix. */
export class MailSettingsError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MailSettingsError'
  }
}

const valueOf = (raw: string | undefined): string | undefined => raw?.trim() || undefined

function parseSecure(raw: string | undefined): boolean | undefined {
  const value = valueOf(raw)?.toLowerCase()
  if (value === undefined) return undefined
  if (value === 'true') return true
  if (value === 'false') return false
  throw new MailSettingsError(
    `SMTP_SECURE "${raw}" is not valid: use true (TLS from the start, usually port 465) or false (STARTTLS, usually port 587).`,
  )
}

function parsePort(raw: string | undefined): number | undefined {
  const value = valueOf(raw)
  if (value === undefined) return undefined
  const port = Number(value)
  if (!/^\d+$/.test(value) || port < 1 || port > 65_535) {
    throw new MailSettingsError(`SMTP_PORT "${raw}" is not valid: expected a port number from 1 to 65535.`)
  }
  return port
}

function parseAuth(env: Env): SmtpSettings['auth'] {
  const user = valueOf(env.SMTP_USER)
  const pass = env.SMTP_PASSWORD || undefined
  if (user && !pass)
    throw new MailSettingsError('SMTP_USER is set but SMTP_PASSWORD is not: set both or neither.')
  if (pass && !user)
    throw new MailSettingsError('SMTP_PASSWORD is set but SMTP_USER is not: set both or neither.')
  return user && pass ? { user, pass } : undefined
}

const ADDRESS = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/

/** `noreply@example.org` or `Programma <noreply@example.org>`. */
export function parseMailFrom(raw: string | undefined): SmtpSettings['from'] {
  const value = valueOf(raw)
  if (!value) {
    throw new MailSettingsError(`MAIL_FROM is not set: the address mails come from, e.g. ${FROM_EXAMPLE}.`)
  }
  const named = /^(.*?)\s*<([^<>]+)>$/.exec(value)
  const address = (named ? named[2] : value)?.trim() ?? ''
  const name = (named?.[1] ?? '').trim().replace(/^"(.*)"$/, '$1')
  if (!ADDRESS.test(address)) {
    throw new MailSettingsError(`MAIL_FROM "${raw}" is not valid: expected an address, e.g. ${FROM_EXAMPLE}.`)
  }
  return { name: name || 'Programma', address }
}

/**
 * The SMTP server mails go through, from SMTP_HOST and the variables beside it; undefined
 * when none is set. A partial or malformed setting stops the start with the variable's name.
 */
export function smtpSettings(env: Env = process.env): SmtpSettings | undefined {
  const host = valueOf(env.SMTP_HOST)
  if (!host) {
    const stray = DEPENDENT_VARIABLES.find((name) => valueOf(env[name]))
    if (stray) {
      throw new MailSettingsError(
        `${stray} is set but SMTP_HOST is not: set SMTP_HOST to the mail server, or unset ${stray}.`,
      )
    }
    return undefined
  }
  const explicitPort = parsePort(env.SMTP_PORT)
  const secure = parseSecure(env.SMTP_SECURE) ?? explicitPort === 465
  const production = isProduction(env)
  if (production && !valueOf(env.CMS_PUBLIC_URL)) {
    throw new MailSettingsError(
      'CMS_PUBLIC_URL is not set: links in password and invitation mails need the CMS’s public address.',
    )
  }
  return {
    host,
    port: explicitPort ?? (secure ? 465 : 587),
    secure,
    requireTLS: production && !secure,
    auth: parseAuth(env),
    from: parseMailFrom(env.MAIL_FROM),
  }
}

const UNREACHABLE = new Set(['ECONNECTION', 'ECONNREFUSED', 'ETIMEDOUT', 'ESOCKET', 'EDNS'])

/** Why the server did not take a mail, naming the settings to check. */
export function smtpFailureReason(error: unknown, settings: SmtpSettings): Label {
  const { code, response, message } = (error ?? {}) as { code?: string; response?: string; message?: string }
  const server = `${settings.host}:${settings.port}`
  if (code === 'EAUTH') {
    return {
      ru: `почтовый сервер ${server} не принял логин и пароль (SMTP_USER, SMTP_PASSWORD)`,
      en: `the mail server ${server} refused the user name and password (SMTP_USER, SMTP_PASSWORD)`,
    }
  }
  if (code === 'ETLS') {
    return {
      ru: `не удалось установить TLS-соединение с почтовым сервером ${server} (SMTP_SECURE, SMTP_PORT)`,
      en: `no TLS connection could be made to the mail server ${server} (SMTP_SECURE, SMTP_PORT)`,
    }
  }
  if (code && UNREACHABLE.has(code)) {
    return {
      ru: `почтовый сервер ${server} недоступен (SMTP_HOST, SMTP_PORT)`,
      en: `the mail server ${server} cannot be reached (SMTP_HOST, SMTP_PORT)`,
    }
  }
  const answer = String(response || message || code || 'unknown error').slice(0, 300)
  if (code === 'EENVELOPE') {
    return {
      ru: `почтовый сервер ${server} не принял отправителя (MAIL_FROM) или получателя: ${answer}`,
      en: `the mail server ${server} refused the sender (MAIL_FROM) or the recipient: ${answer}`,
    }
  }
  return {
    ru: `почтовый сервер ${server} не принял письмо: ${answer}`,
    en: `the mail server ${server} did not accept the mail: ${answer}`,
  }
}

/**
 * Payload's nodemailer adapter on the configured server, with bounded timeouts. A mail that
 * does not go becomes a MailNotSent: the operation that sent it fails with a clear message
 * (and rolls back), and the log says which setting to check.
 */
export async function smtpAdapter(settings: SmtpSettings): Promise<EmailAdapter> {
  const nodemailer = await nodemailerAdapter({
    defaultFromAddress: settings.from.address,
    defaultFromName: settings.from.name,
    transportOptions: {
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      requireTLS: settings.requireTLS,
      auth: settings.auth,
      ...TIMEOUTS,
    },
  })
  return (args) => {
    const adapter = nodemailer(args)
    return {
      ...adapter,
      sendEmail: async (message) => {
        try {
          return await adapter.sendEmail(message)
        } catch (error) {
          const notSent = new MailNotSent(smtpFailureReason(error, settings))
          args.payload.logger.error({ err: error, msg: `Mail not sent: ${notSent.reason.en}` })
          throw notSent
        }
      },
    }
  }
}

const NOT_CONFIGURED: Label = {
  ru: 'почтовый сервер не настроен (SMTP_HOST, MAIL_FROM)',
  en: 'no mail server is configured (SMTP_HOST, MAIL_FROM)',
}

/**
 * Production without SMTP: the CMS starts (the programme does not need mail) but says at
 * start that it cannot mail, and every mail fails with that reason instead of vanishing.
 */
export const unconfiguredAdapter: EmailAdapter = ({ payload }) => {
  payload.logger.warn(
    'SMTP_HOST is not set: password resets and invitations cannot be mailed. Set SMTP_HOST and MAIL_FROM (see README, Configuration).',
  )
  return {
    name: 'unconfigured',
    defaultFromAddress: 'noreply@invalid',
    defaultFromName: 'Programma',
    sendEmail: () => Promise.reject(new MailNotSent(NOT_CONFIGURED)),
  }
}

/**
 * Local mode and development without SMTP: each mail is written to the log whole, its links
 * included, so a password can be reset on a developer's machine.
 */
export const logAdapter: EmailAdapter = ({ payload }) => ({
  name: 'log',
  defaultFromAddress: 'noreply@programma.local',
  defaultFromName: 'Programma',
  sendEmail: (message) => {
    const to = [message.to]
      .flat()
      .map((address) => (typeof address === 'object' ? address?.address : address))
      .join(', ')
    payload.logger.info(
      `Mail (no SMTP_HOST, so written here) to ${to}: ${message.subject}\n${message.text ?? message.html}`,
    )
    return Promise.resolve()
  },
})

/**
 * The host's email adapter: SMTP when SMTP_HOST is set; in production without it, one that
 * refuses every mail and says so at start; otherwise (local mode, development, tests) the log.
 */
export function emailAdapter(env: Env = process.env): Config['email'] {
  // `next build` evaluates the config but sends nothing; the server checks the settings.
  if (env.NEXT_PHASE === 'phase-production-build') return undefined
  const settings = smtpSettings(env)
  if (settings) return smtpAdapter(settings)
  return isProduction(env) ? unconfiguredAdapter : logAdapter
}

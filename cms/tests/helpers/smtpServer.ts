import { EventEmitter } from 'node:events'
import type { AddressInfo } from 'node:net'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface ReceivedMail {
  from: string
  to: string[]
  subject: string
  html: string
  text: string
}

export interface SmtpTestServer {
  port: number
  /** The SMTP_ and MAIL_FROM variables that point the CMS at this server. */
  env: Record<string, string>
  /** Every mail the server has accepted, oldest first. */
  mails: ReceivedMail[]
  /** The first mail to `address` not taken yet, waiting for it to arrive if need be. */
  mailTo(address: string, timeoutMs?: number): Promise<ReceivedMail>
  /** From now on the server refuses the CMS's user name and password. */
  refuseCredentials(refuse: boolean): void
  /** Stops listening: the CMS finds nothing on the port (connection refused). */
  goDown(): Promise<void>
  /** Listens on the same port again. */
  comeUp(): Promise<void>
  stop(): Promise<void>
}

const USER = 'programma'
const PASSWORD = 'smtp-test-password'

const addressesOf = (value: unknown): string[] => {
  const objects = [value].flat() as ({ value?: { address?: string }[] } | undefined)[]
  return objects.flatMap((object) => object?.value?.map((entry) => entry.address ?? '') ?? [])
}

/**
 * A real SMTP server (smtp-server) on a free loopback port that requires a user name and
 * password, parses what it accepts (mailparser) and keeps it for the test to read.
 */
export async function startSmtpServer(): Promise<SmtpTestServer> {
  const mails: ReceivedMail[] = []
  const taken = new Set<ReceivedMail>()
  const arrivals = new EventEmitter()
  let refusing = false

  const receive = (mail: ReceivedMail) => {
    mails.push(mail)
    arrivals.emit('mail')
  }
  const untakenTo = (address: string) => mails.find((mail) => !taken.has(mail) && mail.to.includes(address))

  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (!refusing && auth.username === USER && auth.password === PASSWORD) {
        callback(null, { user: USER })
        return
      }
      callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }))
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          receive({
            from: addressesOf(parsed.from)[0] ?? '',
            to: addressesOf(parsed.to),
            subject: parsed.subject ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            text: parsed.text ?? '',
          })
          callback()
        })
        .catch(callback)
    },
  })

  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject)
        resolve((server.server.address() as AddressInfo).port)
      })
    })
  const close = () => new Promise<void>((resolve) => server.server.close(() => resolve()))

  const port = await listen(0)
  return {
    port,
    env: {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(port),
      SMTP_USER: USER,
      SMTP_PASSWORD: PASSWORD,
      MAIL_FROM: 'Programma <noreply@programma.test>',
    },
    mails,
    mailTo(address, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const take = () => {
          const mail = untakenTo(address)
          if (!mail) return
          taken.add(mail)
          arrivals.off('mail', take)
          clearTimeout(timer)
          resolve(mail)
        }
        const timer = setTimeout(() => {
          arrivals.off('mail', take)
          reject(new Error(`No mail to ${address} arrived within ${timeoutMs} ms`))
        }, timeoutMs)
        arrivals.on('mail', take)
        take()
      })
    },
    refuseCredentials(refuse) {
      refusing = refuse
    },
    goDown: close,
    comeUp: async () => {
      await listen(port)
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

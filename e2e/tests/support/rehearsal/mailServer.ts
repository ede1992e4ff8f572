import { execFile } from 'node:child_process'
import { EventEmitter } from 'node:events'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface Mail {
  to: string[]
  subject: string
  html: string
  text: string
}

export interface MailServer {
  /** The SMTP_ and MAIL_FROM variables, and NODE_EXTRA_CA_CERTS so the CMS trusts the server's certificate. */
  env: Record<string, string>
  /** The first mail to `address`, waiting for it if need be. */
  mailTo(address: string, timeoutMs: number): Promise<Mail>
  stop(): Promise<void>
}

const USER = 'programma'
const PASSWORD = 'rehearsal-smtp-password'

/** A certificate for 127.0.0.1 that nothing but the rehearsal trusts (its own CA). */
async function loopbackCertificate(folder: string): Promise<{ key: string; cert: string; certFile: string }> {
  const keyFile = path.join(folder, 'key.pem')
  const certFile = path.join(folder, 'cert.pem')
  await promisify(execFile)('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '1',
    '-subj',
    '/CN=127.0.0.1',
    '-addext',
    'subjectAltName=IP:127.0.0.1',
    '-keyout',
    keyFile,
    '-out',
    certFile,
  ])
  return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8'), certFile }
}

const addressesOf = (value: unknown): string[] =>
  ([value].flat() as ({ value?: { address?: string }[] } | undefined)[]).flatMap(
    (object) => object?.value?.map((entry) => entry.address ?? '') ?? [],
  )

/**
 * A mail server as production needs one: STARTTLS with a certificate the CMS verifies, and a
 * user name and password that are only accepted once the connection is encrypted.
 */
export async function startMailServer(): Promise<MailServer> {
  const folder = mkdtempSync(path.join(tmpdir(), 'programma-rehearsal-smtp-'))
  const { key, cert, certFile } = await loopbackCertificate(folder)
  const mails: Mail[] = []
  const arrivals = new EventEmitter()
  const server = new SMTPServer({
    secure: false,
    key,
    cert,
    allowInsecureAuth: false,
    logger: false,
    onAuth(auth, session, callback) {
      if (session.secure && auth.username === USER && auth.password === PASSWORD) {
        callback(null, { user: USER })
        return
      }
      callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }))
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          mails.push({
            to: addressesOf(parsed.to),
            subject: parsed.subject ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            text: parsed.text ?? '',
          })
          arrivals.emit('mail')
          callback()
        })
        .catch(callback)
    },
  })
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port))
  })
  return {
    env: {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(port),
      SMTP_USER: USER,
      SMTP_PASSWORD: PASSWORD,
      MAIL_FROM: 'Programma <noreply@forum.example.org>',
      NODE_EXTRA_CA_CERTS: certFile,
    },
    mailTo(address, timeoutMs) {
      return new Promise((resolve, reject) => {
        const take = () => {
          const mail = mails.find((candidate) => candidate.to.includes(address))
          if (!mail) return
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
    stop: () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          rmSync(folder, { recursive: true, force: true })
          resolve()
        }),
      ),
  }
}

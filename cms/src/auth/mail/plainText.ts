import type { Config, EmailAdapter } from 'payload'

/**
 * Payload's forgot-password hands the adapter HTML only; the plain-text part rendered beside
 * it waits here, keyed by that HTML, until the mail goes. Bounded: a mail that never goes
 * cannot make it grow.
 */
const waiting = new Map<string, string>()
const MAX_WAITING = 100

export function keepPlainText(html: string, text: string): void {
  waiting.set(html, text)
  for (const oldest of waiting.keys()) {
    if (waiting.size <= MAX_WAITING) break
    waiting.delete(oldest)
  }
}

function takePlainText(html: unknown): string | undefined {
  if (typeof html !== 'string') return undefined
  const text = waiting.get(html)
  waiting.delete(html)
  return text
}

function withText(adapter: EmailAdapter): EmailAdapter {
  return (args) => {
    const inner = adapter(args)
    return {
      ...inner,
      sendEmail: (message) => {
        const text = message.text ?? takePlainText(message.html)
        return inner.sendEmail(text === undefined ? message : { ...message, text })
      },
    }
  }
}

/** The host's email adapter, giving Programma's mails their plain-text part. */
export function withPlainTextParts(email: Config['email']): Config['email'] {
  if (!email) return email
  return email instanceof Promise ? email.then(withText) : withText(email)
}

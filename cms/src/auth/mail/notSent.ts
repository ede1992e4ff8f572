import { APIError } from 'payload'

import type { Label } from '../../fields/labels'

const PUBLIC_MESSAGE =
  'Письмо не отправлено, ничего не изменено. Попробуйте позже или обратитесь к администратору. — ' +
  'The mail could not be sent and nothing was changed. Try again later or ask an administrator.'

/**
 * A mail the email adapter could not hand over. Anyone may read its message (503); its reason
 * (which server, which setting) is for administrators only: the log and the invitation's status.
 */
export class MailNotSent extends APIError {
  readonly reason: Label

  constructor(reason: Label) {
    super(PUBLIC_MESSAGE, 503, null, true)
    this.name = 'MailNotSent'
    this.reason = reason
  }
}

/** Why a mail did not go, in both languages: the adapter's reason, else the error's own words. */
export function reasonNotSent(error: unknown): Label {
  if (error instanceof MailNotSent) return error.reason
  const message = error instanceof Error ? error.message : String(error)
  return { ru: message, en: message }
}

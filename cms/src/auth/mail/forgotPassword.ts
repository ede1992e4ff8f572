import type { PayloadRequest } from 'payload'

import { mailLanguageOf } from './language'
import { resetPasswordURL } from './links'
import { keepPlainText } from './plainText'
import { RESET_LINK_VALID_MS, resetPasswordMail } from './templates'

interface Args {
  req?: PayloadRequest
  token?: string
  user?: { name?: string | null; email?: string | null }
}

function mailFor({ req, token, user }: Args = {}) {
  if (!req || !token) throw new Error('Forgot-password mail needs the request and the token.')
  const to = { name: user?.name ?? undefined, email: user?.email ?? '' }
  return resetPasswordMail(to, resetPasswordURL(req, token), mailLanguageOf(user, req))
}

/**
 * Payload's forgot-password with Programma's mail: subject, HTML and plain text in the user's
 * language, linking to the admin's reset page for an hour.
 */
export const forgotPasswordMail = {
  expiration: RESET_LINK_VALID_MS,
  generateEmailSubject: (args?: Args) => mailFor(args).subject,
  generateEmailHTML: (args?: Args) => {
    const mail = mailFor(args)
    keepPlainText(mail.html, mail.text)
    return mail.html
  },
}

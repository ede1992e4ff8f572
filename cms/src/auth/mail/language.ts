import type { PayloadRequest } from 'payload'

import { adminLanguage } from '../../fields/labels'
import { MAIL_LANGUAGES, type MailLanguage } from './templates'

/** The user's own language for mails, else the language of whoever is asking. */
export function mailLanguageOf(user: unknown, req: PayloadRequest | undefined): MailLanguage {
  const chosen = (user as { language?: unknown } | undefined)?.language
  return MAIL_LANGUAGES.find((language) => language === chosen) ?? adminLanguage(req)
}

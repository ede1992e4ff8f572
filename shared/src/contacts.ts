import type { ContactChannel } from './vocabulary'

/**
 * What a stand's contact must look like, per channel: an address a reader's browser can
 * open directly (mailto:, tel:, https:), never a bare word or a javascript: link.
 */
export type ContactProblem = 'empty' | 'not-an-email' | 'not-international-phone' | 'not-https'

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]{2,}$/
const PHONE_CHARACTERS = /^\+[\d\s().-]+$/
const MIN_PHONE_DIGITS = 8
const MAX_PHONE_DIGITS = 15

export function isEmail(value: string): boolean {
  return EMAIL.test(value)
}

/** "+7 495 123-45-67": a plus, the country code and 8–15 digits in all (E.164). */
export function isInternationalPhone(value: string): boolean {
  if (!PHONE_CHARACTERS.test(value)) return false
  const digits = value.replace(/\D/g, '')
  return digits.length >= MIN_PHONE_DIGITS && digits.length <= MAX_PHONE_DIGITS && !digits.startsWith('0')
}

export function isHttpsLink(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' && url.hostname.includes('.')
  } catch {
    return false
  }
}

export function contactProblem(
  channel: ContactChannel,
  value: string | null | undefined,
): ContactProblem | null {
  const trimmed = (value ?? '').trim()
  if (!trimmed) return 'empty'
  if (channel === 'email') return isEmail(trimmed) ? null : 'not-an-email'
  if (channel === 'phone') return isInternationalPhone(trimmed) ? null : 'not-international-phone'
  return isHttpsLink(trimmed) ? null : 'not-https'
}

/** The link a contact opens: mailto:, tel: (digits only) or the https address itself. */
export function contactHref(channel: ContactChannel, value: string): string | null {
  if (contactProblem(channel, value)) return null
  const trimmed = value.trim()
  if (channel === 'email') return `mailto:${trimmed}`
  if (channel === 'phone') return `tel:+${trimmed.replace(/\D/g, '')}`
  return trimmed
}

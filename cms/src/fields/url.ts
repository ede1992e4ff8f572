import type { TextField } from 'payload'

import { t } from './labels'

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

export function validateOptionalUrl(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  if (typeof value === 'string' && isHttpUrl(value)) return true
  return 'Нужна ссылка, начинающаяся с https:// (a link starting with https:// is expected)'
}

/** A web link that must be http(s): never javascript:, data: or a bare word. */
export function urlField(overrides: Partial<TextField> & Pick<TextField, 'name'>): TextField {
  return {
    type: 'text',
    label: t('Ссылка', 'Link'),
    validate: validateOptionalUrl,
    admin: { placeholder: 'https://' },
    ...overrides,
  } as TextField
}

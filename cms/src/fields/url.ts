import { isWebUrl } from '@programma/shared'
import type { TextField } from 'payload'

import { t } from './labels'

/** The snapshot's own rule for links, so that a link the CMS keeps is one the site can publish. */
export function validateOptionalUrl(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  if (typeof value === 'string' && isWebUrl(value)) return true
  return 'Нужна ссылка вида https://пример.рф/путь (a link such as https://example.org/path is expected)'
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

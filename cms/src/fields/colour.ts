import type { TextField } from 'payload'

import { t } from './labels'

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/

export function validateColour(value: unknown): true | string {
  return !value || (typeof value === 'string' && HEX_COLOUR.test(value))
    ? true
    : 'Цвет в формате #RRGGBB — a colour as #RRGGBB'
}

/** A colour as #RRGGBB, the form the site draws with. */
export function colourField(defaultValue: string, description: Record<'ru' | 'en', string>): TextField {
  return {
    name: 'colour',
    type: 'text',
    defaultValue,
    label: t('Цвет', 'Colour'),
    validate: validateColour,
    admin: { description },
  }
}

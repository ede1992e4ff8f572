import { CONTACT_CHANNELS, contactProblem, type ContactChannel, type ContactProblem } from '@programma/shared'
import type { ArrayField, TextField, Validate } from 'payload'

import { adminLanguage, fieldName, type Label, t } from './labels'
import { optionsFrom } from './options'

const CONTACTS_LABEL = t('Контакты', 'Contacts')

const PROBLEMS: Record<ContactProblem, Label> = {
  empty: t('заполните адрес, номер или ссылку', 'fill in the address, number or link'),
  'not-an-email': t(
    'нужен адрес эл. почты вида expo@example.ru',
    'an email address like expo@example.ru is expected',
  ),
  'not-international-phone': t(
    'нужен номер в международном формате: «+», код страны и номер, например +7 495 123-45-67',
    'a number in international format is expected: “+”, the country code and the number, e.g. +7 495 123-45-67',
  ),
  'not-https': t(
    'нужна ссылка, начинающаяся с https://, например https://t.me/stand_chat',
    'a link starting with https:// is expected, e.g. https://t.me/stand_chat',
  ),
}

function channelLabel(channel: ContactChannel): Label {
  const term = CONTACT_CHANNELS.find((item) => item.value === channel)
  return term ? { ru: term.label.ru, en: term.label.en ?? term.label.ru } : t(channel, channel)
}

/** "«Контакты → Телефон»: нужен номер в международном формате…", in the editor's language. */
export function contactMessage(
  channel: ContactChannel,
  problem: ContactProblem,
  language: 'ru' | 'en',
): string {
  return `${fieldName([CONTACTS_LABEL, channelLabel(channel)], language)}: ${PROBLEMS[problem][language]}`
}

const validateContactValue: Validate<string> = (value, { siblingData, req }) => {
  const channel = (siblingData as { channel?: ContactChannel }).channel
  if (!channel) return true
  const problem = contactProblem(channel, value)
  if (problem === null) return true
  return contactMessage(channel, problem, adminLanguage(req))
}

const contactValue: TextField = {
  name: 'value',
  type: 'text',
  required: true,
  label: t('Адрес, номер или ссылка', 'Address, number or link'),
  validate: validateContactValue,
  hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim() : value)] },
  admin: {
    description: t(
      'Почта — expo@example.ru; телефон — +7 495 123-45-67; чат, вебинарная комната и мессенджер — ссылка https://',
      'Email: expo@example.ru; phone: +7 495 123-45-67; chat, webinar room and messenger: an https:// link',
    ),
  },
}

/** How visitors reach the stand's people: each channel checked for a form a browser can open. */
export const contactsField: ArrayField = {
  name: 'contacts',
  type: 'array',
  label: CONTACTS_LABEL,
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'channel',
          type: 'select',
          required: true,
          options: optionsFrom(CONTACT_CHANNELS),
          label: t('Канал', 'Channel'),
        },
        contactValue,
        { name: 'label', type: 'text', localized: true, label: t('Подпись', 'Label') },
      ],
    },
  ],
}

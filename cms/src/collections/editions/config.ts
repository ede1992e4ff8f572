import { EDITION_FORMATS, RESERVED_EDITION_SLUGS } from '@programma/shared'
import type { CollectionConfig, Field } from 'payload'

import { adminsAndEditors, anyone } from '../../access/roles'
import { t } from '../../fields/labels'
import { optionsFrom } from '../../fields/options'
import { timeZoneValidator, type TimeZoneSettings } from '../../config/timeZones'
import { slugField } from '../../fields/slug'
import { urlField } from '../../fields/url'

function dayField(name: string, label: Record<string, string>): Field {
  return {
    name,
    type: 'date',
    required: true,
    label,
    admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' } },
  }
}

const validateDateRange = (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
  if (!value || !siblingData.startDate) return true
  return new Date(String(value)) >= new Date(String(siblingData.startDate))
    ? true
    : 'Дата окончания раньше даты начала — the end date is before the start date'
}

/** Editions, each in one of the zones editors may choose. */
export const editionsCollection = (zones: TimeZoneSettings): CollectionConfig => ({
  slug: 'editions',
  labels: { singular: t('Выпуск', 'Edition'), plural: t('Выпуски', 'Editions') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'year', 'format', 'startDate', 'endDate'],
    listSearchableFields: ['title', 'slug', 'theme'],
    group: t('Программа', 'Programme'),
    description: t(
      'Ежегодный салон: даты, этапы, формат и ключевые цифры.',
      "A year's salon: dates, stages, format and key figures.",
    ),
  },
  defaultSort: '-year',
  access: { read: anyone, create: adminsAndEditors, update: adminsAndEditors, delete: adminsAndEditors },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: t('Название', 'Title') },
    slugField('title', { reserved: RESERVED_EDITION_SLUGS }),
    {
      type: 'row',
      fields: [
        { name: 'year', type: 'number', required: true, min: 2000, max: 2100, label: t('Год', 'Year') },
        {
          name: 'format',
          type: 'select',
          required: true,
          defaultValue: 'hybrid',
          options: optionsFrom(EDITION_FORMATS),
          label: t('Формат', 'Format'),
        },
        {
          name: 'timeZone',
          type: 'text',
          defaultValue: zones.defaultTimezone,
          validate: timeZoneValidator(zones),
          label: t('Часовой пояс', 'Time zone'),
          admin: {
            description: {
              ru: `Время программы этого выпуска показывается в этом поясе. Доступны: ${zones.supportedTimezones.map((zone) => zone.value).join(', ')}.`,
              en: `This edition's programme times are shown in this zone. Allowed: ${zones.supportedTimezones.map((zone) => zone.value).join(', ')}.`,
            },
          },
        },
      ],
    },
    { name: 'theme', type: 'text', localized: true, label: t('Тема', 'Theme') },
    {
      type: 'row',
      fields: [
        dayField('startDate', t('Начало', 'Starts')),
        { ...dayField('endDate', t('Окончание', 'Ends')), validate: validateDateRange } as Field,
      ],
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: t('Место и площадка', 'Venue and platform'),
          fields: [
            { name: 'venue', type: 'text', localized: true, label: t('Площадка', 'Venue') },
            { name: 'city', type: 'text', localized: true, label: t('Город', 'City') },
            {
              name: 'platformName',
              type: 'text',
              localized: true,
              label: t('Онлайн-платформа', 'Online platform'),
            },
            urlField({ name: 'platformUrl', label: t('Адрес платформы', 'Platform URL') }),
            { name: 'organisers', type: 'textarea', localized: true, label: t('Организаторы', 'Organisers') },
          ],
        },
        {
          label: t('Этапы', 'Stages'),
          fields: [
            {
              name: 'stages',
              type: 'array',
              label: t('Этапы', 'Stages'),
              labels: { singular: t('Этап', 'Stage'), plural: t('Этапы', 'Stages') },
              admin: {
                description: t(
                  'Сессия попадает в этап автоматически — по дате её начала.',
                  'A session is placed in a stage automatically, by its start date.',
                ),
              },
              fields: [
                { name: 'name', type: 'text', required: true, localized: true, label: t('Название', 'Name') },
                {
                  name: 'slug',
                  type: 'text',
                  required: true,
                  label: t('Код', 'Key'),
                  validate: (value: unknown) =>
                    typeof value === 'string' && /^[a-z0-9-]+$/.test(value)
                      ? true
                      : 'Латиница, цифры и дефисы — latin letters, digits and dashes',
                },
                {
                  type: 'row',
                  fields: [
                    dayField('startDate', t('Начало', 'Starts')),
                    { ...dayField('endDate', t('Окончание', 'Ends')), validate: validateDateRange } as Field,
                  ],
                },
                {
                  name: 'description',
                  type: 'textarea',
                  localized: true,
                  label: t('Описание', 'Description'),
                },
              ],
            },
          ],
        },
        {
          label: t('Цифры и описание', 'Figures and description'),
          fields: [
            {
              name: 'keyFigures',
              type: 'array',
              label: t('Ключевые цифры', 'Key figures'),
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'value',
                      type: 'text',
                      required: true,
                      label: t('Значение', 'Value'),
                      admin: { placeholder: '1 030' },
                    },
                    {
                      name: 'label',
                      type: 'text',
                      required: true,
                      localized: true,
                      label: t('Подпись', 'Label'),
                    },
                  ],
                },
              ],
            },
            { name: 'description', type: 'richText', localized: true, label: t('Описание', 'Description') },
          ],
        },
      ],
    },
  ],
})

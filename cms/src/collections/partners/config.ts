import type { Vocabularies } from '@programma/shared'
import type { CollectionConfig } from 'payload'

import { publishedOrStaff } from '../../access/published'
import { adminsAndEditors, staffOnly } from '../../access/roles'
import { t } from '../../fields/labels'
import { optionsFrom } from '../../fields/options'
import { slugField } from '../../fields/slug'
import { materialsField } from '../../fields/common'
import { contactsField } from '../../fields/contacts'
import { standField } from '../../fields/stand'
import { urlField } from '../../fields/url'

/**
 * Partners of the host's kinds and levels; with the exhibition, each with its stand on an
 * alley. A new partner is of the first kind and the last (lowest) level.
 */
export const partnersCollection = (exhibition: boolean, vocabularies: Vocabularies): CollectionConfig => ({
  slug: 'partners',
  labels: { singular: t('Партнёр', 'Partner'), plural: t('Партнёры', 'Partners') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'level', 'stand', '_status'],
    listSearchableFields: ['name', 'slug'],
    group: t('Люди и партнёры', 'People and partners'),
    description: t(
      'Компании, регионы и образовательные организации — участники выставки и организаторы сессий.',
      'Companies, regions and educational institutions: exhibitors and session organisers.',
    ),
  },
  defaultSort: 'name',
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  access: {
    read: publishedOrStaff,
    readVersions: staffOnly,
    create: adminsAndEditors,
    update: adminsAndEditors,
    delete: adminsAndEditors,
  },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: t('Название', 'Name') },
    slugField('name'),
    {
      name: 'logo',
      type: 'upload',
      relationTo: 'media',
      label: t('Логотип', 'Logo'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'editions',
      type: 'relationship',
      relationTo: 'editions',
      hasMany: true,
      label: t('Выпуски', 'Editions'),
      admin: {
        position: 'sidebar',
        description: t('Где партнёр участвует.', 'Where the partner takes part.'),
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: vocabularies.partnerKinds[0]?.value,
          options: optionsFrom(vocabularies.partnerKinds),
          label: t('Тип', 'Kind'),
        },
        {
          name: 'level',
          type: 'select',
          defaultValue: vocabularies.partnerLevels.at(-1)?.value,
          options: optionsFrom(vocabularies.partnerLevels),
          label: t('Статус участия', 'Level'),
        },
      ],
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: t('О партнёре', 'About'),
          fields: [
            { name: 'description', type: 'richText', localized: true, label: t('Описание', 'Description') },
            urlField({ name: 'website', label: t('Сайт', 'Website') }),
            urlField({ name: 'videoPresentation', label: t('Видеопрезентация', 'Video presentation') }),
            {
              name: 'products',
              type: 'array',
              label: t('Продукты и услуги', 'Products and services'),
              fields: [
                {
                  name: 'title',
                  type: 'text',
                  required: true,
                  localized: true,
                  label: t('Название', 'Title'),
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
          label: t('Стенд и контакты', 'Stand and contacts'),
          fields: [...(exhibition ? [standField] : []), contactsField, materialsField],
        },
      ],
    },
  ],
})

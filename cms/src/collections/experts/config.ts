import type { CollectionConfig } from 'payload'

import { canUpdateExpert } from '../../access/curatorScope'
import { publishedOrStaff } from '../../access/published'
import { adminsAndEditors, staffOnly } from '../../access/roles'
import { t } from '../../fields/labels'
import { slugField } from '../../fields/slug'
import { urlField } from '../../fields/url'

export const Experts: CollectionConfig = {
  slug: 'experts',
  labels: { singular: t('Эксперт', 'Expert'), plural: t('Эксперты', 'Experts') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'position', 'organisation', 'city', '_status'],
    listSearchableFields: ['name', 'slug', 'organisation', 'position', 'city'],
    group: t('Люди и партнёры', 'People and partners'),
  },
  defaultSort: 'name',
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  access: {
    read: publishedOrStaff,
    readVersions: staffOnly,
    create: staffOnly,
    update: canUpdateExpert,
    delete: adminsAndEditors,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: t('Имя и фамилия', 'Full name'),
      admin: { description: t('Как на бейдже: «Анна Петрова».', 'As on the badge: "Anna Petrova".') },
    },
    slugField('name'),
    {
      name: 'photo',
      type: 'upload',
      relationTo: 'media',
      label: t('Фото', 'Photo'),
      admin: { position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        { name: 'position', type: 'text', localized: true, label: t('Должность', 'Position') },
        { name: 'organisation', type: 'text', localized: true, label: t('Организация', 'Organisation') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'city', type: 'text', localized: true, label: t('Город', 'City') },
        {
          name: 'country',
          type: 'text',
          localized: true,
          label: t('Страна', 'Country'),
        },
      ],
    },
    { name: 'bio', type: 'richText', localized: true, label: t('Биография', 'Biography') },
    {
      name: 'links',
      type: 'array',
      label: t('Ссылки', 'Links'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'label',
              type: 'text',
              required: true,
              label: t('Подпись', 'Label'),
              admin: { placeholder: 'Telegram' },
            },
            urlField({ name: 'url', required: true }),
          ],
        },
      ],
    },
  ],
}

import type { CollectionConfig } from 'payload'

import { adminsAndEditors, anyone } from '../../access/roles'
import { t } from '../../fields/labels'
import { colourField } from '../../fields/colour'
import { editionField } from '../../fields/common'
import { slugField } from '../../fields/slug'

export const Forums: CollectionConfig = {
  slug: 'forums',
  labels: { singular: t('Форум', 'Forum'), plural: t('Форумы', 'Forums') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'edition', 'organiser', 'order'],
    listSearchableFields: ['title', 'slug', 'organiser'],
    group: t('Программа', 'Programme'),
    description: t(
      'Треки деловой программы внутри выпуска.',
      'Tracks of the business programme within an edition.',
    ),
  },
  defaultSort: 'order',
  access: { read: anyone, create: adminsAndEditors, update: adminsAndEditors, delete: adminsAndEditors },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: t('Название', 'Title') },
    slugField('title'),
    editionField,
    { name: 'description', type: 'textarea', localized: true, label: t('Описание', 'Description') },
    { name: 'organiser', type: 'text', localized: true, label: t('Организатор', 'Organiser') },
    {
      type: 'row',
      fields: [
        colourField(
          '#1f5fbf',
          t('Цвет форума в сетке программы, #RRGGBB.', "The forum's colour in the programme grid, #RRGGBB."),
        ),
        { name: 'order', type: 'number', defaultValue: 0, label: t('Порядок', 'Order') },
      ],
    },
  ],
}

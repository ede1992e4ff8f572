import type { ArrayField, Field, RelationshipField } from 'payload'

import { t } from './labels'
import { urlField } from './url'

/** A required, localised title: the first field of most rows and documents. */
export const titleField: Field = {
  name: 'title',
  type: 'text',
  required: true,
  localized: true,
  label: t('Название', 'Title'),
}

/** Downloadable materials: an uploaded file or a link, each with a title. */
export const materialsField: ArrayField = {
  name: 'materials',
  type: 'array',
  label: t('Материалы', 'Materials'),
  fields: [
    titleField,
    {
      type: 'row',
      fields: [
        { name: 'file', type: 'upload', relationTo: 'media', label: t('Файл', 'File') },
        urlField({ name: 'url', label: t('или ссылка', 'or link') }),
      ],
    },
  ],
}

/** The edition a document belongs to, shown in the sidebar. */
export const editionField: RelationshipField = {
  name: 'edition',
  type: 'relationship',
  relationTo: 'editions',
  required: true,
  index: true,
  label: t('Выпуск', 'Edition'),
  admin: { position: 'sidebar' },
}

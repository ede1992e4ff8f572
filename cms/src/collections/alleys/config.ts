import type { Vocabularies } from '@programma/shared'
import type { CollectionConfig } from 'payload'

import { adminsAndEditors, anyone } from '../../access/roles'
import { colourField } from '../../fields/colour'
import { editionField } from '../../fields/common'
import { t } from '../../fields/labels'
import { optionsFrom } from '../../fields/options'
import { slugField } from '../../fields/slug'

/** The alleys of an edition's exhibition, each for one of the host's kinds of partners or for all. */
export const alleysCollection = (vocabularies: Vocabularies): CollectionConfig => ({
  slug: 'alleys',
  labels: { singular: t('Аллея', 'Alley'), plural: t('Аллеи', 'Alleys') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'edition', 'kind', 'order'],
    listSearchableFields: ['name', 'slug'],
    group: t('Люди и партнёры', 'People and partners'),
    description: t(
      'Аллеи виртуальной выставки выпуска: вдоль них стоят стенды партнёров.',
      "The alleys of an edition's virtual exhibition: partners' stands stand along them.",
    ),
  },
  defaultSort: 'order',
  access: { read: anyone, create: adminsAndEditors, update: adminsAndEditors, delete: adminsAndEditors },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: t('Название', 'Name') },
    slugField('name'),
    editionField,
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          options: optionsFrom(vocabularies.partnerKinds),
          label: t('Кто стоит на аллее', 'Who stands on it'),
          admin: {
            description: t('Пусто — партнёры любого типа.', 'Empty: partners of any kind.'),
          },
        },
        {
          name: 'order',
          type: 'number',
          defaultValue: 0,
          label: t('Порядок на карте', 'Order on the map'),
          admin: { description: t('Сверху вниз.', 'Top to bottom.') },
        },
        colourField('#2b8a3e', t('Цвет аллеи на карте, #RRGGBB.', "The alley's colour on the map, #RRGGBB.")),
      ],
    },
    {
      name: 'stands',
      type: 'join',
      collection: 'partners',
      on: 'stand.alley',
      defaultSort: 'stand.position',
      label: t('Стенды на аллее', 'Stands on the alley'),
      admin: { defaultColumns: ['name', 'stand', 'kind'] },
    },
  ],
})

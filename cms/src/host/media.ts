import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { CMS_ROOT } from '../config/runtime'
import { t } from '../fields/labels'

/** The demo's uploads, in `staticDir` (MEDIA_DIR, or cms/media); Programma adds what images need. */
export function mediaCollection(staticDir: string = path.join(CMS_ROOT, 'media')): CollectionConfig {
  return {
    slug: 'media',
    labels: { singular: t('Изображение', 'Image'), plural: t('Медиатека', 'Media') },
    admin: {
      group: t('Люди и партнёры', 'People and partners'),
      defaultColumns: ['filename', 'alt', 'width', 'height', 'updatedAt'],
    },
    upload: { staticDir },
    fields: [],
  }
}

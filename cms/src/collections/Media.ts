import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { canChangeMedia } from '../access/curatorScope'
import { staffOrPublishedUse } from '../access/media'
import { staffOnly } from '../access/roles'
import { CMS_ROOT } from '../config/runtime'
import { t } from '../fields/labels'
import { ACCEPTED_IMAGE_TYPES, missingFileIsNotFound, refuseUnacceptableUpload } from './uploadChecks'

const webp = { format: 'webp' as const, options: { quality: 82, effort: 2 } }

/** Uploads are stored in `staticDir` (MEDIA_DIR, or cms/media); S3-compatible storage replaces it in production. */
export function mediaCollection(staticDir: string = path.join(CMS_ROOT, 'media')): CollectionConfig {
  return {
    slug: 'media',
    labels: { singular: t('Изображение', 'Image'), plural: t('Медиатека', 'Media') },
    admin: {
      group: t('Люди и партнёры', 'People and partners'),
      defaultColumns: ['filename', 'alt', 'width', 'height', 'updatedAt'],
    },
    access: { read: staffOrPublishedUse, create: staffOnly, update: canChangeMedia, delete: canChangeMedia },
    hooks: { beforeOperation: [refuseUnacceptableUpload] },
    upload: {
      staticDir,
      handlers: [missingFileIsNotFound(staticDir)],
      mimeTypes: ACCEPTED_IMAGE_TYPES,
      focalPoint: true,
      crop: true,
      formatOptions: webp,
      resizeOptions: { width: 2400, height: 2400, fit: 'inside', withoutEnlargement: true },
      adminThumbnail: 'thumbnail',
      imageSizes: [
        { name: 'thumbnailSmall', width: 80, height: 80, position: 'centre', formatOptions: webp },
        { name: 'thumbnail', width: 160, height: 160, position: 'centre', formatOptions: webp },
        { name: 'portraitSmall', width: 240, height: 300, position: 'centre', formatOptions: webp },
        { name: 'portrait', width: 480, height: 600, position: 'centre', formatOptions: webp },
        {
          name: 'logo',
          width: 480,
          height: 240,
          fit: 'contain',
          background: { r: 255, g: 255, b: 255, alpha: 0 },
          formatOptions: webp,
        },
        {
          name: 'logoSmall',
          width: 240,
          height: 120,
          fit: 'contain',
          background: { r: 255, g: 255, b: 255, alpha: 0 },
          formatOptions: webp,
        },
        { name: 'card', width: 1200, height: 630, position: 'centre', formatOptions: webp },
      ],
    },
    fields: [
      {
        name: 'alt',
        type: 'text',
        required: true,
        localized: true,
        label: t('Описание изображения (alt)', 'Alternative text'),
        admin: {
          description: t(
            'Что изображено — для тех, кто не видит картинку: «Портрет Анны Петровой».',
            'What the image shows, for readers who cannot see it: "Portrait of Anna Petrova".',
          ),
        },
      },
      { name: 'credit', type: 'text', localized: true, label: t('Автор / источник', 'Credit') },
    ],
  }
}

import path from 'node:path'

import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'
import { APIError } from 'payload'

import { canChangeMedia } from '../access/curatorScope'
import { staffOrPublishedUse } from '../access/media'
import { staffOnly } from '../access/roles'
import { CMS_ROOT } from '../config/runtime'
import { t } from '../fields/labels'

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024
export const ACCEPTED_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif']

const webp = { format: 'webp' as const, options: { quality: 82, effort: 2 } }

/** Refuses an oversized upload before anything is written, with a message an editor understands. */
const refuseOversizedUpload: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const size = req.file?.size
  if (size !== undefined && size > MAX_UPLOAD_BYTES) {
    throw new APIError(
      `Файл слишком большой: ${(size / 1024 / 1024).toFixed(1)} МБ, допустимо до ${MAX_UPLOAD_BYTES / 1024 / 1024} МБ — the file is too large`,
      413,
      undefined,
      true,
    )
  }
  return args
}

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
    hooks: { beforeOperation: [refuseOversizedUpload] },
    upload: {
      staticDir,
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

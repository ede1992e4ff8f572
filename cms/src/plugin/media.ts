import type { CollectionConfig, Field, ImageSize } from 'payload'

import { canChangeMedia } from '../access/curatorScope'
import { staffOrPublishedUse } from '../access/media'
import { staffOnly } from '../access/roles'
import {
  ACCEPTED_IMAGE_TYPES,
  missingFileIsNotFound,
  refuseUnacceptableUpload,
} from '../collections/uploadChecks'
import { t } from '../fields/labels'

const webp = { format: 'webp' as const, options: { quality: 82, effort: 2 } }

/** The variants the site shows, made once by sharp at upload: portraits, logos, social cards. */
const IMAGE_SIZES: ImageSize[] = [
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
]

/** What the snapshot tells of an image: its description, for readers who cannot see it, and credit. */
const IMAGE_FIELDS: Field[] = [
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
]

const hasField = (collection: CollectionConfig, name: string) =>
  collection.fields.some((field) => 'name' in field && field.name === name)

/**
 * The host's upload collection, made fit for the programme's images: sharp variants, focal
 * point and crop, JPEG/PNG/WebP/AVIF checked by content, required alt text, public only when a
 * published document uses an image, and a 404 for a file that is gone. What the host set
 * itself (its access, its own fields and sizes, where files are stored) stays.
 */
export function withProgrammaImages(collection: CollectionConfig): CollectionConfig {
  const upload = typeof collection.upload === 'object' ? collection.upload : {}
  const ownSizes = upload.imageSizes ?? []
  const staticDir = upload.staticDir ?? collection.slug
  return {
    ...collection,
    access: {
      read: staffOrPublishedUse,
      create: staffOnly,
      update: canChangeMedia,
      delete: canChangeMedia,
      ...collection.access,
    },
    hooks: {
      ...collection.hooks,
      beforeOperation: [refuseUnacceptableUpload, ...(collection.hooks?.beforeOperation ?? [])],
    },
    upload: {
      mimeTypes: ACCEPTED_IMAGE_TYPES,
      focalPoint: true,
      crop: true,
      formatOptions: webp,
      resizeOptions: { width: 2400, height: 2400, fit: 'inside', withoutEnlargement: true },
      adminThumbnail: 'thumbnail',
      ...upload,
      staticDir,
      handlers: [missingFileIsNotFound(staticDir), ...(upload.handlers ?? [])],
      imageSizes: [
        ...ownSizes,
        ...IMAGE_SIZES.filter((size) => !ownSizes.some((own) => own.name === size.name)),
      ],
    },
    fields: [
      ...collection.fields,
      ...IMAGE_FIELDS.filter((field) => !hasField(collection, (field as { name: string }).name)),
    ],
  }
}

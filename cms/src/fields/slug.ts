import { isValidSlug, numberedSlug, slugify } from '@programma/shared'
import type { CollectionSlug, FieldHook, PayloadRequest, TextField, Validate } from 'payload'

import { t } from './labels'

const MAX_ATTEMPTS = 200

async function slugIsTaken(
  req: PayloadRequest,
  collection: CollectionSlug,
  slug: string,
  ownId: number | string | undefined,
): Promise<boolean> {
  const existing = await req.payload.find({
    collection,
    where:
      ownId === undefined
        ? { slug: { equals: slug } }
        : { and: [{ slug: { equals: slug } }, { id: { not_equals: ownId } }] },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return existing.docs.length > 0
}

function sourceText(data: Record<string, unknown> | undefined, source: string): string {
  const value = data?.[source]
  if (typeof value === 'string') return value
  if (value && typeof value === 'object') {
    const localized = value as Record<string, unknown>
    const first = localized.ru ?? localized.en
    if (typeof first === 'string') return first
  }
  return ''
}

/**
 * A title with nothing to transliterate (emoji, punctuation) still needs an address of its
 * own: the kind of document, in English, numbered like any other slug ("expert-2").
 */
function fallbackBase(collection: { slug: string; labels?: { singular?: unknown } }): string {
  const singular = collection.labels?.singular
  const english =
    singular && typeof singular === 'object' && 'en' in singular ? String(singular.en) : collection.slug
  return slugify(english) || 'page'
}

/**
 * Fills an empty slug from the source field by transliteration, on first save only:
 * a slug once set stays when the title changes, so links keep working.
 */
function generateSlug(source: string, reserved: ReadonlySet<string>): FieldHook {
  return async ({ value, data, originalDoc, req, collection }) => {
    if (typeof value === 'string' && value.trim()) return value.trim()
    const existing = (originalDoc as { slug?: string } | undefined)?.slug
    if (existing) return existing
    const title = sourceText(data, source).trim()
    if (!title || !collection) return value
    const base = slugify(title) || fallbackBase(collection)
    const ownId = (originalDoc as { id?: number | string } | undefined)?.id
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const candidate = numberedSlug(base, attempt)
      if (reserved.has(candidate)) continue
      if (!(await slugIsTaken(req, collection.slug as CollectionSlug, candidate, ownId))) return candidate
    }
    return `${base}-${Date.now().toString(36)}`
  }
}

const validateSlug =
  (reserved: ReadonlySet<string>): Validate<string, unknown, unknown, TextField> =>
  async (value, options) => {
    // Empty is fine: the hook fills it from the title when the document is saved.
    if (!value) return true
    if (!isValidSlug(value)) {
      return 'Только латинские строчные буквы, цифры и дефисы (lowercase latin letters, digits and dashes only)'
    }
    if (reserved.has(value)) {
      return `Адрес «${value}» занят разделом сайта (slug "${value}" is a section of the site): ${[...reserved].join(', ')}`
    }
    const { req, id, collectionSlug } = options
    if (
      collectionSlug &&
      req?.payload &&
      (await slugIsTaken(req, collectionSlug as CollectionSlug, value, id))
    ) {
      return `Адрес «${value}» уже занят (slug "${value}" is already taken)`
    }
    return true
  }

export interface SlugOptions {
  /** Slugs the documents may not take, such as the site's own sections. */
  reserved?: ReadonlySet<string>
}

export function slugField(source: string, options: SlugOptions = {}): TextField {
  const reserved = options.reserved ?? new Set<string>()
  return {
    name: 'slug',
    type: 'text',
    label: t('Адрес (slug)', 'Slug'),
    index: true,
    unique: true,
    validate: validateSlug(reserved),
    hooks: { beforeValidate: [generateSlug(source, reserved)] },
    admin: {
      position: 'sidebar',
      description: t(
        'Часть адреса страницы. Создаётся из названия при первом сохранении и не меняется вместе с ним.',
        'Part of the page address. Made from the title on first save and kept when the title changes.',
      ),
    },
  }
}

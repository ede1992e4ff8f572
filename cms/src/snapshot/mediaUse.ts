import type { Payload } from 'payload'

import { slugOf } from '../plugin/registry'
import { contentVersion } from './contentVersion'
import { readSiteLogoId } from './siteIdentity'

/** The fields through which published documents show an image: who uses a file makes it public. */
export const MEDIA_FIELDS = { experts: 'photo', partners: 'logo', sessions: 'materials' } as const
const REFERENCE_KEYS = ['photo', 'logo', 'file']

const idOf = (value: unknown): string | null => {
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return typeof value === 'number' || typeof value === 'string' ? String(value) : null
}

/** Ids of the media the given documents refer to through a photo, a logo or a material's file. */
export function referencedMedia(docs: readonly unknown[]): Set<string> {
  const ids = new Set<string>()
  const visit = (value: unknown, key?: string) => {
    if (key && REFERENCE_KEYS.includes(key)) {
      const id = idOf(value)
      if (id !== null) ids.add(id)
    }
    if (Array.isArray(value)) value.forEach((item) => visit(item))
    else if (value && typeof value === 'object')
      Object.entries(value).forEach(([inner, nested]) => visit(nested, inner))
  }
  docs.forEach((doc) => visit(doc))
  return ids
}

interface PublicMedia {
  version: string
  ids: Promise<Set<string>>
}

const KEY = Symbol.for('programma.publicMedia')
const store = globalThis as typeof globalThis & { [KEY]?: PublicMedia }

async function readPublicMedia(payload: Payload): Promise<Set<string>> {
  const used = await Promise.all(
    Object.entries(MEDIA_FIELDS).map(async ([collection, field]) => {
      const { docs } = await payload.find({
        collection: slugOf(payload.config, collection as keyof typeof MEDIA_FIELDS),
        select: { [field]: true },
        depth: 0,
        pagination: false,
        overrideAccess: false,
      })
      return docs
    }),
  )
  const ids = referencedMedia(used.flat())
  const logo = await readSiteLogoId(payload)
  if (logo !== null) ids.add(String(logo))
  return ids
}

/**
 * Media a reader may see: those a published document uses. An image kept only by an
 * unpublished expert or partner (and its alt text, which names them) stays private until then.
 * Worked out once per content change.
 */
export async function publicMediaIds(payload: Payload): Promise<Set<string>> {
  const version = await contentVersion(payload)
  if (store[KEY]?.version !== version) store[KEY] = { version, ids: readPublicMedia(payload) }
  return store[KEY].ids
}

import {
  parseSnapshot,
  SNAPSHOT_SCHEMA_VERSION,
  type Snapshot,
  type SnapshotAlley,
  type SnapshotEdition,
  type SnapshotExpert,
  type SnapshotForum,
  type SnapshotMedia,
  type SnapshotPartner,
  type SnapshotSession,
  type SnapshotStand,
  zonedDay,
} from '@programma/shared'
import type { CollectionSlug, Payload } from 'payload'

import { type HostLocales, inHostLocales, optionalLocalized, requiredLocalized } from './localized'
import { publishableText } from '../fields/publishableText'
import { renderRichText } from './richText'
import { referencedMedia } from './mediaUse'
import { mediaSlugOf } from '../plugin/registry'
import { contactsOf } from './contacts'
import { readSiteIdentity, siteIdentity, siteLogoId } from './siteIdentity'

type Doc = Record<string, unknown>
type Id = number | string

/**
 * Everything a reader may see, read as a reader: no user, access rules applied, every locale.
 * A collection the host switched off (the exhibition's alleys) has nothing to show.
 */
async function readPublic(payload: Payload, collection: CollectionSlug): Promise<Doc[]> {
  if (!payload.collections[collection]) return []
  const result = await payload.find({
    collection,
    locale: 'all',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    sort: 'id',
  })
  return result.docs as unknown as Doc[]
}

const str = (value: unknown): string | null => {
  const published = typeof value === 'string' ? publishableText(value) : ''
  return published !== '' ? published : null
}
const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null
const rows = (value: unknown): Doc[] => (Array.isArray(value) ? (value as Doc[]) : [])
const idOf = (value: unknown): Id | null => {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: Id }).id
  return typeof value === 'number' || typeof value === 'string' ? value : null
}
const group = (value: unknown): Doc => (value && typeof value === 'object' ? (value as Doc) : {})

function materials(value: unknown, media: Set<string>) {
  return rows(value).flatMap((row) => {
    const title = requiredLocalized(row.title)
    const file = idOf(row.file)
    const url = str(row.url)
    const publishedFile = file !== null && media.has(String(file)) ? file : null
    if (!title || (publishedFile === null && url === null)) return []
    return [{ title, url, media: publishedFile }]
  })
}

function edition(doc: Doc): SnapshotEdition | null {
  const title = requiredLocalized(doc.title)
  const timeZone = str(doc.timeZone)
  if (!title || !timeZone || !str(doc.startDate) || !str(doc.endDate)) return null
  return {
    id: doc.id as Id,
    slug: String(doc.slug),
    title,
    theme: optionalLocalized(doc.theme),
    year: Number(doc.year),
    format: doc.format as SnapshotEdition['format'],
    timeZone,
    startDate: zonedDay(String(doc.startDate), timeZone),
    endDate: zonedDay(String(doc.endDate), timeZone),
    venue: optionalLocalized(doc.venue),
    city: optionalLocalized(doc.city),
    platformName: optionalLocalized(doc.platformName),
    platformUrl: str(doc.platformUrl),
    organisers: optionalLocalized(doc.organisers),
    stages: rows(doc.stages).flatMap((stage) => {
      const name = requiredLocalized(stage.name)
      if (!name || !str(stage.startDate) || !str(stage.endDate)) return []
      return [
        {
          key: String(stage.slug),
          name,
          startDate: zonedDay(String(stage.startDate), timeZone),
          endDate: zonedDay(String(stage.endDate), timeZone),
          description: optionalLocalized(stage.description),
        },
      ]
    }),
    keyFigures: rows(doc.keyFigures).flatMap((figure) => {
      const label = requiredLocalized(figure.label)
      return label && str(figure.value) ? [{ value: String(figure.value), label }] : []
    }),
    description: renderRichText(doc.description),
    updatedAt: String(doc.updatedAt),
  }
}

function forum(doc: Doc): SnapshotForum | null {
  const title = requiredLocalized(doc.title)
  const editionId = idOf(doc.edition)
  if (!title || editionId === null) return null
  return {
    id: doc.id as Id,
    slug: String(doc.slug),
    edition: editionId,
    title,
    description: optionalLocalized(doc.description),
    organiser: optionalLocalized(doc.organiser),
    colour: str(doc.colour) ?? '#1f5fbf',
    order: num(doc.order) ?? 0,
    updatedAt: String(doc.updatedAt),
  }
}

type Video = NonNullable<SnapshotSession['stream']>

function video(value: unknown): Video | null {
  const fields = group(value)
  const url = str(fields.url)
  return url ? { provider: str(fields.provider) as Video['provider'], url } : null
}

function alley(doc: Doc, editions: Set<string>): SnapshotAlley | null {
  const name = requiredLocalized(doc.name)
  const editionId = idOf(doc.edition)
  if (!name || editionId === null || !editions.has(String(editionId))) return null
  return {
    id: doc.id as Id,
    slug: String(doc.slug),
    edition: editionId,
    name,
    kind: (str(doc.kind) as SnapshotAlley['kind']) ?? null,
    colour: str(doc.colour) ?? '#2b8a3e',
    order: num(doc.order) ?? 0,
    updatedAt: String(doc.updatedAt),
  }
}

/** A stand on a published alley, or none: a partner off the map has no stand to show. */
function stand(value: unknown, alleys: Set<string>): SnapshotStand | null {
  const fields = group(value)
  const alleyId = idOf(fields.alley)
  const position = num(fields.position)
  if (alleyId === null || !alleys.has(String(alleyId)) || position === null || position < 1) return null
  return {
    alley: alleyId,
    position: Math.round(position),
    number: str(fields.number),
    size: (str(fields.size) ?? 'medium') as SnapshotStand['size'],
    featured: fields.featured === true,
  }
}

interface Published {
  /** Each published edition's zone, by its id. */
  editions: Map<string, string>
  alleys: Set<string>
  forums: Set<string>
  experts: Set<string>
  partners: Set<string>
  media: Set<string>
}

function session(doc: Doc, published: Published): SnapshotSession | null {
  const title = requiredLocalized(doc.title)
  const editionId = idOf(doc.edition)
  const timeZone = editionId === null ? undefined : published.editions.get(String(editionId))
  if (!title || editionId === null || timeZone === undefined) return null
  const forumId = idOf(doc.forum)
  const place = group(doc.place)
  const recording = group(doc.recording)
  const recorded = video(recording)
  return {
    id: doc.id as Id,
    slug: String(doc.slug),
    edition: editionId,
    forum: forumId !== null && published.forums.has(String(forumId)) ? forumId : null,
    stage: str(doc.stage),
    title,
    lead: optionalLocalized(doc.lead),
    format: doc.format as SnapshotSession['format'],
    status: doc.status as SnapshotSession['status'],
    start: String(doc.start),
    end: String(doc.end),
    previousStart: str(doc.previousStart),
    timeZone,
    place: { hall: optionalLocalized(place.hall), online: place.online !== false },
    participants: rows(doc.participants).flatMap((row) => {
      const expert = idOf(row.expert)
      if (expert === null || !published.experts.has(String(expert))) return []
      return [
        {
          expert,
          role: row.role as SnapshotSession['participants'][number]['role'],
          topic: optionalLocalized(row.topic),
        },
      ]
    }),
    partners: rows(doc.partners).flatMap((row) => {
      const partner = idOf(row.partner)
      if (partner === null || !published.partners.has(String(partner))) return []
      return [{ partner, role: row.role as SnapshotSession['partners'][number]['role'] }]
    }),
    audiences: (Array.isArray(doc.audiences) ? doc.audiences : []) as SnapshotSession['audiences'],
    topics: (Array.isArray(doc.topics) ? doc.topics : []) as SnapshotSession['topics'],
    language: (str(doc.language) ?? 'ru') as SnapshotSession['language'],
    description: renderRichText(doc.description),
    registrationUrl: str(doc.registrationUrl),
    materials: materials(doc.materials, published.media),
    stream: video(doc.stream),
    recording: recorded
      ? {
          ...recorded,
          durationMinutes: num(recording.durationMinutes),
          publishedAt: str(recording.publishedAt),
        }
      : null,
    notRecorded: recording.notRecorded === true,
    revision: num(doc.revision) ?? 0,
    createdAt: String(doc.createdAt),
    updatedAt: String(doc.updatedAt),
  }
}

function expert(doc: Doc, media: Set<string>): SnapshotExpert | null {
  const name = requiredLocalized(doc.name)
  if (!name) return null
  const photo = idOf(doc.photo)
  return {
    id: doc.id as Id,
    slug: String(doc.slug),
    name,
    photo: photo !== null && media.has(String(photo)) ? photo : null,
    position: optionalLocalized(doc.position),
    organisation: optionalLocalized(doc.organisation),
    city: optionalLocalized(doc.city),
    country: optionalLocalized(doc.country),
    bio: renderRichText(doc.bio),
    links: rows(doc.links).flatMap((link) =>
      str(link.url) ? [{ label: str(link.label) ?? String(link.url), url: String(link.url) }] : [],
    ),
    updatedAt: String(doc.updatedAt),
  }
}

function partner(doc: Doc, published: Published): SnapshotPartner | null {
  const name = requiredLocalized(doc.name)
  if (!name) return null
  const logo = idOf(doc.logo)
  return {
    id: doc.id as Id,
    slug: String(doc.slug),
    name,
    logo: logo !== null && published.media.has(String(logo)) ? logo : null,
    kind: doc.kind as SnapshotPartner['kind'],
    level: (str(doc.level) as SnapshotPartner['level']) ?? null,
    editions: (Array.isArray(doc.editions) ? doc.editions : [])
      .map(idOf)
      .filter((value): value is Id => value !== null && published.editions.has(String(value))),
    description: renderRichText(doc.description),
    website: str(doc.website),
    videoPresentation: str(doc.videoPresentation),
    products: rows(doc.products).flatMap((product) => {
      const title = requiredLocalized(product.title)
      return title ? [{ title, description: optionalLocalized(product.description) }] : []
    }),
    contacts: contactsOf(doc.contacts),
    materials: materials(doc.materials, published.media),
    stand: stand(doc.stand, published.alleys),
    updatedAt: String(doc.updatedAt),
  }
}

function mediaItem(doc: Doc): SnapshotMedia | null {
  const alt = requiredLocalized(doc.alt)
  if (!alt || !str(doc.url) || !str(doc.filename)) return null
  const sizes = Object.fromEntries(
    Object.entries(group(doc.sizes)).flatMap(([name, size]) => {
      const variant = group(size)
      return str(variant.url) && num(variant.width) && num(variant.height)
        ? [[name, { url: String(variant.url), width: Number(variant.width), height: Number(variant.height) }]]
        : []
    }),
  )
  return {
    id: doc.id as Id,
    alt,
    url: String(doc.url),
    filename: String(doc.filename),
    mimeType: str(doc.mimeType) ?? 'application/octet-stream',
    width: num(doc.width),
    height: num(doc.height),
    focalX: num(doc.focalX),
    focalY: num(doc.focalY),
    sizes,
  }
}

const compact = <T>(items: Array<T | null>): T[] => items.filter((item): item is T => item !== null)
const ids = (items: Array<{ id: Id }>) => new Set(items.map((item) => String(item.id)))

/** The host's content languages, the default first as the site's root. */
function hostLocales(payload: Payload): HostLocales {
  const localization = payload.config.localization
  if (!localization) return { defaultLocale: 'en', locales: ['en'] }
  return { defaultLocale: localization.defaultLocale, locales: localization.localeCodes }
}

async function assembleSnapshot(payload: Payload): Promise<Snapshot> {
  const read = (collection: CollectionSlug) => readPublic(payload, collection)
  const [editionDocs, forumDocs, sessionDocs, expertDocs, partnerDocs, mediaDocs, alleyDocs, identity] =
    await Promise.all([
      read('editions'),
      read('forums'),
      read('sessions'),
      read('experts'),
      read('partners'),
      read(mediaSlugOf(payload.config)),
      read('alleys'),
      readSiteIdentity(payload),
    ])
  const editions = compact((editionDocs ?? []).map(edition))
  const forums = compact((forumDocs ?? []).map(forum)).filter((item) =>
    ids(editions).has(String(item.edition)),
  )
  const used = referencedMedia([...(expertDocs ?? []), ...(partnerDocs ?? []), ...(sessionDocs ?? [])])
  const logo = siteLogoId(identity)
  if (logo !== null) used.add(String(logo))
  const media = compact((mediaDocs ?? []).filter((doc) => used.has(String(doc.id))).map(mediaItem))
  const mediaIds = ids(media)
  const experts = compact((expertDocs ?? []).map((doc) => expert(doc, mediaIds)))
  const alleys = compact((alleyDocs ?? []).map((doc) => alley(doc, ids(editions))))
  const published: Published = {
    editions: new Map(editions.map((item) => [String(item.id), item.timeZone])),
    alleys: ids(alleys),
    forums: ids(forums),
    experts: ids(experts),
    partners: new Set((partnerDocs ?? []).map((doc) => String(doc.id))),
    media: mediaIds,
  }
  const partners = compact((partnerDocs ?? []).map((doc) => partner(doc, published)))
  published.partners = ids(partners)
  const sessions = compact((sessionDocs ?? []).map((doc) => session(doc, published)))
  const lastModified = [...editions, ...forums, ...sessions, ...experts, ...partners, ...alleys]
    .map((item) => item.updatedAt)
    .reduce((latest, current) => (current > latest ? current : latest), '1970-01-01T00:00:00.000Z')
  return parseSnapshot({
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    lastModified,
    ...hostLocales(payload),
    site: siteIdentity(identity, mediaIds),
    editions,
    forums,
    sessions,
    experts,
    partners,
    alleys,
    media,
  })
}

/**
 * The programme snapshot: every published document in each of the host’s locales, references only
 * to other published documents, rich text rendered and sanitised. Validated before it
 * is returned, so an invalid snapshot never leaves the CMS.
 */
export function buildSnapshot(payload: Payload): Promise<Snapshot> {
  return inHostLocales(hostLocales(payload), () => assembleSnapshot(payload))
}

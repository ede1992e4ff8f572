import { z } from 'zod'

import {
  CONTACT_CHANNELS,
  EDITION_FORMATS,
  PARTICIPANT_ROLES,
  SESSION_FORMATS,
  SESSION_PARTNER_ROLES,
  SESSION_STATUSES,
  STAND_SIZES,
  VIDEO_PROVIDERS,
  type Term,
} from '../vocabulary'
import { editionSlug, slug, timeZone, webUrl } from '../values'
import { localeCode, localizedText, optionalLocalizedText, richText } from './text'
import { vocabulariesSchema } from './vocabularies'

export { localeCode, localizedText, optionalLocalizedText, richText } from './text'

/**
 * The programme snapshot: everything published, in every locale, normalised by id.
 * The CMS writes it, the site reads it; both validate it against this schema.
 * Raise the version on any change a reader of an older snapshot could misread.
 */
export const SNAPSHOT_SCHEMA_VERSION = 3

function oneOf<const T extends readonly Term[]>(vocabulary: T) {
  return z.enum(vocabulary.map((term) => term.value) as [T[number]['value'], ...Array<T[number]['value']>])
}

const id = z.union([z.number().int(), z.string().min(1)])
const instant = z.iso.datetime({ offset: true })
const day = z.iso.date()

const material = z.object({ title: localizedText, url: webUrl.nullable(), media: id.nullable() })
const video = z.object({ provider: oneOf(VIDEO_PROVIDERS).nullable(), url: webUrl })

export const mediaSchema = z.object({
  id,
  alt: localizedText,
  url: z.string().min(1),
  filename: z.string().min(1),
  mimeType: z.string(),
  width: z.number().int().positive().nullable(),
  height: z.number().int().positive().nullable(),
  focalX: z.number().nullable(),
  focalY: z.number().nullable(),
  sizes: z.record(
    z.string(),
    z.object({
      url: z.string().min(1),
      width: z.number().int().positive(),
      height: z.number().int().positive(),
    }),
  ),
})

export const editionSchema = z.object({
  id,
  slug: editionSlug,
  title: localizedText,
  theme: optionalLocalizedText,
  year: z.number().int(),
  format: oneOf(EDITION_FORMATS),
  timeZone,
  startDate: day,
  endDate: day,
  venue: optionalLocalizedText,
  city: optionalLocalizedText,
  platformName: optionalLocalizedText,
  platformUrl: webUrl.nullable(),
  organisers: optionalLocalizedText,
  stages: z.array(
    z.object({
      key: slug,
      name: localizedText,
      startDate: day,
      endDate: day,
      description: optionalLocalizedText,
    }),
  ),
  keyFigures: z.array(z.object({ value: z.string(), label: localizedText })),
  description: richText,
  updatedAt: instant,
})

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/)

/**
 * The site's identity, from a CMS global: the name in the header and titles, who runs it,
 * the logo (a document of `media`), the header's colours, the footer's text, contacts, and
 * the main registration link. The CMS fills it from its "site" global; the site shows it
 * on every page.
 */
export const siteSchema = z.object({
  name: localizedText,
  organiser: optionalLocalizedText,
  /** A media id present in the snapshot's `media`, or null. */
  logo: id.nullable(),
  colours: z.object({ primary: colour, accent: colour }),
  footer: optionalLocalizedText,
  contacts: z.array(
    z.object({ channel: oneOf(CONTACT_CHANNELS), value: z.string().min(1), label: optionalLocalizedText }),
  ),
  registrationUrl: webUrl.nullable(),
})

export const forumSchema = z.object({
  id,
  slug,
  edition: id,
  title: localizedText,
  description: optionalLocalizedText,
  organiser: optionalLocalizedText,
  colour,
  order: z.number(),
  updatedAt: instant,
})

/** An alley of an edition's virtual exhibition, drawn on the map in its colour, in order. */
export const alleySchema = z.object({
  id,
  slug,
  edition: id,
  name: localizedText,
  /** The kind of partner it is for (one of `vocabularies.partnerKinds`); null when open to all. */
  kind: slug.nullable(),
  colour,
  order: z.number(),
  updatedAt: instant,
})

export const sessionSchema = z.object({
  id,
  slug,
  edition: id,
  forum: id.nullable(),
  stage: slug.nullable(),
  title: localizedText,
  lead: optionalLocalizedText,
  format: oneOf(SESSION_FORMATS),
  status: oneOf(SESSION_STATUSES),
  start: instant,
  end: instant,
  previousStart: instant.nullable(),
  timeZone,
  place: z.object({ hall: optionalLocalizedText, online: z.boolean() }),
  participants: z.array(
    z.object({ expert: id, role: oneOf(PARTICIPANT_ROLES), topic: optionalLocalizedText }),
  ),
  partners: z.array(z.object({ partner: id, role: oneOf(SESSION_PARTNER_ROLES) })),
  /** Values of `vocabularies.audiences`, `.topics` and `.sessionLanguages`. */
  audiences: z.array(slug),
  topics: z.array(slug),
  language: localeCode,
  description: richText,
  registrationUrl: webUrl.nullable(),
  materials: z.array(material),
  stream: video.nullable(),
  recording: video
    .extend({ durationMinutes: z.number().positive().nullable(), publishedAt: instant.nullable() })
    .nullable(),
  notRecorded: z.boolean(),
  revision: z.number().int().nonnegative(),
  createdAt: instant,
  updatedAt: instant,
})

export const expertSchema = z.object({
  id,
  slug,
  name: localizedText,
  photo: id.nullable(),
  position: optionalLocalizedText,
  organisation: optionalLocalizedText,
  city: optionalLocalizedText,
  country: optionalLocalizedText,
  bio: richText,
  links: z.array(z.object({ label: z.string(), url: webUrl })),
  updatedAt: instant,
})

export const partnerSchema = z.object({
  id,
  slug,
  name: localizedText,
  logo: id.nullable(),
  /** Values of `vocabularies.partnerKinds` and `.partnerLevels`. */
  kind: slug,
  level: slug.nullable(),
  editions: z.array(id),
  description: richText,
  website: webUrl.nullable(),
  videoPresentation: webUrl.nullable(),
  products: z.array(z.object({ title: localizedText, description: optionalLocalizedText })),
  contacts: z.array(
    z.object({ channel: oneOf(CONTACT_CHANNELS), value: z.string().min(1), label: optionalLocalizedText }),
  ),
  materials: z.array(material),
  /** Where the partner's stand is: an alley of the snapshot, a place along it counted from 1. */
  stand: z
    .object({
      alley: id,
      position: z.number().int().positive(),
      number: z.string().nullable(),
      size: oneOf(STAND_SIZES),
      featured: z.boolean(),
    })
    .nullable(),
  updatedAt: instant,
})

export const snapshotSchema = z
  .object({
    schemaVersion: z.literal(SNAPSHOT_SCHEMA_VERSION),
    /** The newest change in the content: the snapshot's own time, never the clock's. */
    lastModified: instant,
    /** The language at the site's root; one of `locales`. */
    defaultLocale: localeCode,
    /** The host's content languages, in its order: the site publishes a version in each. */
    locales: z.array(localeCode).min(1),
    site: siteSchema,
    vocabularies: vocabulariesSchema,
    /** What the host calls some of its zones beside a time (`Berlin time`), in place of ICU's name. */
    timeZoneNames: z.array(z.object({ timeZone, name: localizedText })),
    editions: z.array(editionSchema),
    forums: z.array(forumSchema),
    sessions: z.array(sessionSchema),
    experts: z.array(expertSchema),
    partners: z.array(partnerSchema),
    alleys: z.array(alleySchema),
    media: z.array(mediaSchema),
  })
  .superRefine((snapshot, context) => {
    if (!snapshot.locales.includes(snapshot.defaultLocale)) {
      context.addIssue({ code: 'custom', path: ['defaultLocale'], message: 'not one of the locales' })
    }
    if (new Set(snapshot.locales).size !== snapshot.locales.length) {
      context.addIssue({ code: 'custom', path: ['locales'], message: 'a locale is listed twice' })
    }
    // /<code>/ holds a language's pages: an edition of that slug could not have its own.
    snapshot.editions.forEach((edition, index) => {
      if (snapshot.locales.includes(edition.slug)) {
        context.addIssue({
          code: 'custom',
          path: ['editions', index, 'slug'],
          message: 'reserved for a language of the site',
        })
      }
    })
    const logo = snapshot.site.logo
    if (logo !== null && !snapshot.media.some((media) => String(media.id) === String(logo))) {
      context.addIssue({ code: 'custom', path: ['site', 'logo'], message: `no media ${String(logo)}` })
    }
  })

export type LocalizedText = z.infer<typeof localizedText>
export type OptionalLocalizedText = z.infer<typeof optionalLocalizedText>
export type RichText = z.infer<typeof richText>
export type SnapshotMedia = z.infer<typeof mediaSchema>
export type SnapshotEdition = z.infer<typeof editionSchema>
export type SnapshotForum = z.infer<typeof forumSchema>
export type SnapshotSession = z.infer<typeof sessionSchema>
export type SnapshotExpert = z.infer<typeof expertSchema>
export type SnapshotPartner = z.infer<typeof partnerSchema>
export type SnapshotAlley = z.infer<typeof alleySchema>
export type SnapshotStand = NonNullable<SnapshotPartner['stand']>
export type SnapshotSite = z.infer<typeof siteSchema>
export type Snapshot = z.infer<typeof snapshotSchema>
export type TimeZoneNames = Snapshot['timeZoneNames']

import type { Payload } from 'payload'

import { SITE_IDENTITY_SLUG } from '../globals/SiteIdentity'
import { logoSvg, portraitSvg, svgToPng } from './images'
import { Random } from './random'
import { paragraphs } from './richText'
import type {
  SeedAlley,
  SeedEdition,
  SeedExpert,
  SeedForum,
  SeedPartner,
  SeedProgramme,
  SeedSession,
  SeedSiteIdentity,
  SeedStand,
  Text,
} from './types'
import { SEED_CONTEXT, upsertBySlug } from './upsert'

export type ImageMode = 'each' | 'pool' | 'none'

export interface SeedOptions {
  images?: ImageMode
  log?: (message: string) => void
}

export interface SeedReport {
  editions: number
  forums: number
  experts: number
  partners: number
  alleys: number
  sessions: number
  images: number
  seconds: number
}

type Ids = Map<string, string | number>

function ru(text: Text | undefined): string | undefined {
  return text?.ru
}

/** The English half of a document: only the fields that have a translation. */
function english(entries: Record<string, unknown>): Record<string, unknown> | undefined {
  const defined = Object.entries(entries).filter(([, value]) => value !== undefined)
  return defined.length > 0 ? Object.fromEntries(defined) : undefined
}

function richText(texts: string[] | undefined) {
  return texts && texts.length > 0 ? paragraphs(texts) : undefined
}

const POOL_SIZE = 24

class ImageLibrary {
  private readonly cache = new Map<string, string | number>()
  count = 0

  constructor(
    private readonly payload: Payload,
    private readonly mode: ImageMode,
  ) {}

  async portrait(seed: number | undefined, name: Text): Promise<string | number | undefined> {
    if (this.mode === 'none' || seed === undefined) return undefined
    const key = this.mode === 'pool' ? `portrait-pool-${seed % POOL_SIZE}` : `portrait-${seed}`
    const alt: Text =
      this.mode === 'pool'
        ? { ru: 'Иллюстрированный портрет', en: 'Illustrated portrait' }
        : { ru: `Портрет: ${name.ru}`, en: `Portrait: ${name.en ?? name.ru}` }
    return this.upload(key, alt, () =>
      portraitSvg(new Random(seed % (this.mode === 'pool' ? POOL_SIZE : Number.MAX_SAFE_INTEGER))),
    )
  }

  async logo(seed: number | undefined, name: Text, kind: string): Promise<string | number | undefined> {
    if (this.mode === 'none' || seed === undefined) return undefined
    const key = this.mode === 'pool' ? `logo-pool-${kind}-${seed % POOL_SIZE}` : `logo-${seed}`
    const alt: Text =
      this.mode === 'pool'
        ? { ru: 'Логотип', en: 'Logo' }
        : { ru: `Логотип: ${name.ru}`, en: `Logo: ${name.en ?? name.ru}` }
    return this.upload(key, alt, () => logoSvg(new Random(seed * 7919), kind))
  }

  private async upload(key: string, alt: Text, draw: () => string): Promise<string | number> {
    const cached = this.cache.get(key)
    if (cached !== undefined) return cached
    const filename = `${key}.webp`
    const existing = await this.payload.find({
      collection: 'media',
      where: { filename: { equals: filename } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    let id = existing.docs[0]?.id
    if (id === undefined) {
      const data = await svgToPng(draw())
      const created = await this.payload.create({
        collection: 'media',
        data: { alt: alt.ru },
        file: { data, mimetype: 'image/png', name: `${key}.png`, size: data.length },
        locale: 'ru',
        overrideAccess: true,
        context: SEED_CONTEXT,
      })
      if (alt.en) {
        await this.payload.update({
          collection: 'media',
          id: created.id,
          data: { alt: alt.en },
          locale: 'en',
          overrideAccess: true,
          context: SEED_CONTEXT,
        })
      }
      id = created.id
      this.count += 1
    }
    this.cache.set(key, id)
    return id
  }
}

async function seedEdition(payload: Payload, edition: SeedEdition): Promise<string | number> {
  const doc = await upsertBySlug(payload, {
    collection: 'editions',
    slug: edition.slug,
    ru: {
      title: edition.title.ru,
      theme: ru(edition.theme),
      year: edition.year,
      format: edition.format,
      startDate: edition.startDate,
      endDate: edition.endDate,
      timeZone: edition.timeZone,
      venue: ru(edition.venue),
      city: ru(edition.city),
      platformName: ru(edition.platformName),
      platformUrl: edition.platformUrl,
      organisers: ru(edition.organisers),
      stages: edition.stages.map((stage) => ({
        slug: stage.slug,
        name: stage.name.ru,
        startDate: stage.startDate,
        endDate: stage.endDate,
        description: ru(stage.description),
      })),
      keyFigures: edition.keyFigures.map((figure) => ({ value: figure.value, label: figure.label.ru })),
      description: richText(edition.description.ru),
    },
    en: english({
      title: edition.title.en,
      theme: edition.theme?.en,
      venue: edition.venue?.en,
      city: edition.city?.en,
      platformName: edition.platformName?.en,
      organisers: edition.organisers?.en,
      stages: edition.stages.map((stage) => ({
        slug: stage.slug,
        name: stage.name.en ?? stage.name.ru,
        startDate: stage.startDate,
        endDate: stage.endDate,
        description: stage.description?.en,
      })),
      keyFigures: edition.keyFigures.map((figure) => ({
        value: figure.value,
        label: figure.label.en ?? figure.label.ru,
      })),
      description: richText(edition.description.en),
    }),
  })
  return doc.id
}

async function seedForum(payload: Payload, forum: SeedForum, editions: Ids): Promise<string | number> {
  const doc = await upsertBySlug(payload, {
    collection: 'forums',
    slug: forum.slug,
    ru: {
      title: forum.title.ru,
      edition: editions.get(forum.edition),
      description: ru(forum.description),
      organiser: ru(forum.organiser),
      colour: forum.colour,
      order: forum.order,
    },
    en: english({
      title: forum.title.en,
      description: forum.description?.en,
      organiser: forum.organiser?.en,
    }),
  })
  return doc.id
}

async function seedExpert(
  payload: Payload,
  expert: SeedExpert,
  images: ImageLibrary,
): Promise<string | number> {
  const photo = await images.portrait(expert.photoSeed, expert.name)
  const doc = await upsertBySlug(payload, {
    collection: 'experts',
    slug: expert.slug,
    draft: expert.draft,
    ru: {
      name: expert.name.ru,
      photo,
      position: ru(expert.position),
      organisation: ru(expert.organisation),
      city: ru(expert.city),
      country: ru(expert.country),
      bio: richText(expert.bio?.ru),
    },
    en:
      expert.name.en === undefined
        ? undefined
        : english({
            name: expert.name.en,
            position: expert.position?.en,
            organisation: expert.organisation?.en,
            city: expert.city?.en,
            country: expert.name.en ? expert.country?.en : undefined,
            bio: richText(expert.bio?.en),
          }),
  })
  return doc.id
}

async function seedAlley(payload: Payload, alley: SeedAlley, editions: Ids): Promise<string | number> {
  const doc = await upsertBySlug(payload, {
    collection: 'alleys',
    slug: alley.slug,
    ru: {
      name: alley.name.ru,
      edition: editions.get(alley.edition),
      kind: alley.kind ?? null,
      order: alley.order,
      colour: alley.colour,
    },
    en: english({ name: alley.name.en }),
  })
  return doc.id
}

function standData(stand: SeedStand | undefined, alleys: Ids) {
  if (!stand) return undefined
  return {
    alley: alleys.get(stand.alley),
    position: stand.position,
    number: stand.number,
    size: stand.size,
    featured: stand.featured,
  }
}

async function seedPartner(
  payload: Payload,
  partner: SeedPartner,
  ids: { editions: Ids; alleys: Ids },
  images: ImageLibrary,
): Promise<string | number> {
  const logo = await images.logo(partner.logoSeed, partner.name, partner.kind)
  const products = (pick: (text: Text) => string) =>
    partner.products.map((product) => ({
      title: pick(product.title),
      description: product.description ? pick(product.description) : undefined,
    }))
  const doc = await upsertBySlug(payload, {
    collection: 'partners',
    slug: partner.slug,
    draft: partner.draft,
    ru: {
      name: partner.name.ru,
      logo,
      kind: partner.kind,
      level: partner.level,
      editions: partner.editions.map((slug) => ids.editions.get(slug)).filter((id) => id !== undefined),
      description: richText(partner.description.ru),
      website: partner.website,
      videoPresentation: partner.videoPresentation,
      products: products((text) => text.ru),
      stand: standData(partner.stand, ids.alleys),
      contacts: partner.contacts,
      materials: partner.materials?.map((material) => ({ title: material.title.ru, url: material.url })),
    },
    en: partner.name.en
      ? english({
          name: partner.name.en,
          description: richText(partner.description.en),
          products: products((text) => text.en ?? text.ru),
          materials: partner.materials?.map((material) => ({
            title: material.title.en ?? material.title.ru,
            url: material.url,
          })),
        })
      : undefined,
  })
  return doc.id
}

function sessionData(session: SeedSession, ids: { editions: Ids; forums: Ids; experts: Ids; partners: Ids }) {
  const participants = session.participants
    .map((participant) => ({ expert: ids.experts.get(participant.expert), role: participant.role }))
    .filter((participant) => participant.expert !== undefined)
  const partners = session.partners
    .map((partner) => ({ partner: ids.partners.get(partner.partner), role: partner.role }))
    .filter((partner) => partner.partner !== undefined)
  return {
    title: session.title.ru,
    lead: ru(session.lead),
    edition: ids.editions.get(session.edition),
    forum: session.forum ? ids.forums.get(session.forum) : undefined,
    format: session.format,
    start: session.start,
    end: session.end,
    place: { hall: ru(session.place.hall), online: session.place.online },
    participants,
    partners,
    audiences: session.audiences,
    topics: session.topics,
    language: session.language,
    description: richText(session.description.ru),
    registrationUrl: session.registrationUrl,
    stream: session.stream ?? {},
    recording: { ...session.recording, notRecorded: session.notRecorded === true },
    status: session.status,
  }
}

async function seedSession(
  payload: Payload,
  session: SeedSession,
  ids: { editions: Ids; forums: Ids; experts: Ids; partners: Ids },
): Promise<string | number> {
  const ruData = sessionData(session, ids)
  const doc = await upsertBySlug(payload, {
    collection: 'sessions',
    slug: session.slug,
    draft: session.draft,
    ru: ruData,
    before: session.movedFrom ? { ...session.movedFrom, status: 'scheduled' } : undefined,
    en:
      session.title.en === undefined
        ? undefined
        : english({
            title: session.title.en,
            lead: session.lead?.en,
            description: richText(session.description.en),
            place: session.place.hall?.en
              ? { hall: session.place.hall.en, online: session.place.online }
              : undefined,
          }),
  })
  if (session.draft && session.publishAt) await schedulePublication(payload, doc.id, session.publishAt)
  return doc.id
}

/** Queues the publication as the admin's "schedule publish" does, once per document. */
async function schedulePublication(payload: Payload, id: string | number, publishAt: string): Promise<void> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'schedulePublish' }, completedAt: { exists: false } },
    limit: 1000,
    depth: 0,
  })
  const queued = docs.some((job) => {
    const input = job.input as { doc?: { relationTo?: string; value?: string } } | null
    return input?.doc?.relationTo === 'sessions' && String(input.doc.value) === String(id)
  })
  if (queued) return
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'sessions', value: id as number } },
    waitUntil: new Date(publishAt),
  })
}

async function inOrder<T>(
  items: T[],
  write: (item: T) => Promise<string | number>,
  key: (item: T) => string,
): Promise<Ids> {
  const ids: Ids = new Map()
  for (const item of items) ids.set(key(item), await write(item))
  return ids
}

/** The site's name, organiser, footer and contacts, in both languages. */
async function seedSiteIdentity(payload: Payload, site: SeedSiteIdentity): Promise<void> {
  const common = { slug: SITE_IDENTITY_SLUG, overrideAccess: true, context: SEED_CONTEXT } as const
  const saved = await payload.updateGlobal({
    ...common,
    locale: 'ru',
    data: {
      name: site.name.ru,
      organiser: site.organiser.ru,
      footer: site.footer.ru,
      contacts: site.contacts,
      registrationUrl: site.registrationUrl,
    },
  })
  const contacts = (saved as { contacts?: Array<{ id?: string }> }).contacts ?? []
  await payload.updateGlobal({
    ...common,
    locale: 'en',
    data: {
      name: site.name.en,
      organiser: site.organiser.en,
      footer: site.footer.en,
      // The rows stored in Russian, by id, or Payload would replace them.
      contacts: site.contacts.map((contact, index) => ({ ...contact, id: contacts[index]?.id })),
    },
  })
}

/**
 * Writes a programme through the Local API, in dependency order, with site rebuilds off.
 * Documents are matched by slug, so a second run updates instead of duplicating.
 */
export async function seedProgramme(
  payload: Payload,
  programme: SeedProgramme,
  options: SeedOptions = {},
): Promise<SeedReport> {
  const started = performance.now()
  const log = options.log ?? (() => undefined)
  const images = new ImageLibrary(payload, options.images ?? 'each')
  const bySlug = (item: { slug: string }) => item.slug

  if (programme.site) await seedSiteIdentity(payload, programme.site)
  log(`editions: ${programme.editions.length}`)
  const editions = await inOrder(programme.editions, (edition) => seedEdition(payload, edition), bySlug)
  log(`forums: ${programme.forums.length}`)
  const forums = await inOrder(programme.forums, (forum) => seedForum(payload, forum, editions), bySlug)
  log(`experts: ${programme.experts.length}`)
  const experts = await inOrder(programme.experts, (expert) => seedExpert(payload, expert, images), bySlug)
  log(`alleys: ${programme.alleys.length}`)
  const alleys = await inOrder(programme.alleys, (alley) => seedAlley(payload, alley, editions), bySlug)
  log(`partners: ${programme.partners.length}`)
  const partners = await inOrder(
    programme.partners,
    (partner) => seedPartner(payload, partner, { editions, alleys }, images),
    bySlug,
  )
  log(`sessions: ${programme.sessions.length}`)
  await inOrder(
    programme.sessions,
    (session) => seedSession(payload, session, { editions, forums, experts, partners }),
    bySlug,
  )

  return {
    editions: editions.size,
    forums: forums.size,
    experts: experts.size,
    partners: partners.size,
    alleys: alleys.size,
    sessions: programme.sessions.length,
    images: images.count,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  }
}

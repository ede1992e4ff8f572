import type { Payload } from 'payload'
import sharp from 'sharp'

import { HOSTILE, HOSTILE_TEXTS, MARKUP_IN_URL } from '../../../shared/test/fixtures/hostile'
import type { Edition, Session, User } from '../../src/payload-types'
import { moscow } from './fixtures'

type Id = Edition['id']
type Locale = 'ru' | 'en'
type SnapshotCollection = 'editions' | 'forums' | 'alleys' | 'sessions' | 'experts' | 'partners' | 'media'

/** One text an editor typed, and where the snapshot must hold it: exactly, or inside rich text. */
export interface WrittenText {
  collection: SnapshotCollection
  id: Id
  path: Array<string | number>
  value: string
  within: 'field' | 'richText'
}

export interface HostileProgramme {
  editionId: Id
  sessionIds: Id[]
  expertIds: Id[]
  partnerIds: Id[]
  written: WrittenText[]
}

/**
 * The corpus for each field in turn: the same field of successive documents walks through every
 * payload, each field from its own starting point, so one page holds many payloads at once. A
 * field with a length limit gets a payload that fits.
 */
class Dispenser {
  private readonly cursors = new Map<string, number>()

  take(field: Array<string | number>, maxLength = Infinity): string {
    const key = field.filter((part) => typeof part === 'string' && part !== 'ru' && part !== 'en').join('.')
    let cursor = this.cursors.get(key) ?? startOf(key)
    for (let tries = 0; tries < HOSTILE_TEXTS.length; tries += 1) {
      const text = HOSTILE_TEXTS[cursor++ % HOSTILE_TEXTS.length] ?? ''
      this.cursors.set(key, cursor)
      if (text.length <= maxLength) return text
    }
    throw new Error(`No hostile text fits in ${maxLength} characters`)
  }
}

function startOf(key: string): number {
  return [...key].reduce((sum, character) => sum + (character.codePointAt(0) ?? 0), 0) % HOSTILE_TEXTS.length
}

/** The texts written into one document, bound to its id once it exists. */
class DocumentTexts {
  private readonly pending: Array<Omit<WrittenText, 'collection' | 'id'>> = []

  constructor(
    private readonly dispenser: Dispenser,
    private readonly collection: SnapshotCollection,
  ) {}

  field(path: Array<string | number>, maxLength?: number): string {
    const value = this.dispenser.take([this.collection, ...path], maxLength)
    this.pending.push({ path, value, within: 'field' })
    return value
  }

  /** Both locales of a localised field: a different payload in each. */
  localized(path: Array<string | number>, maxLength?: number): Record<Locale, string> {
    return { ru: this.field([...path, 'ru'], maxLength), en: this.field([...path, 'en'], maxLength) }
  }

  /** Rich text of three hostile paragraphs and three links: javascript:, data: and a proper one. */
  richText(path: Array<string | number>, locale: Locale): RichTextState {
    const field = [this.collection, ...path]
    const texts = [this.dispenser.take(field), this.dispenser.take(field), this.dispenser.take(field)]
    for (const value of texts)
      this.pending.push({ path: [...path, 'text', locale], value, within: 'richText' })
    return hostileRichText(texts)
  }

  bind(id: Id): WrittenText[] {
    return this.pending.map((text) => ({ ...text, collection: this.collection, id }))
  }
}

interface LexicalNode {
  type: string
  version: number
  [key: string]: unknown
}
type RichTextState = NonNullable<Session['description']>

const textNode = (text: string): LexicalNode => ({
  type: 'text',
  text,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const element = (
  type: string,
  children: LexicalNode[],
  extra: Record<string, unknown> = {},
): LexicalNode => ({
  type,
  children,
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  ...extra,
})

const link = (url: string, label: string): LexicalNode =>
  element('link', [textNode(label)], { fields: { url, linkType: 'custom', newTab: true }, version: 3 })

export const SCRIPT_LINK_LABEL = 'ссылка-скрипт'
export const DATA_LINK_LABEL = 'ссылка-data'
export const PROPER_LINK = 'https://example.org/programme'

function hostileRichText(paragraphs: string[]): RichTextState {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: [
        ...paragraphs.map((text) => element('paragraph', [textNode(text)], { textFormat: 0 })),
        element('paragraph', [
          link(HOSTILE.javascriptUrl, SCRIPT_LINK_LABEL),
          textNode(' · '),
          link(HOSTILE.dataUrl, DATA_LINK_LABEL),
          textNode(' · '),
          link(PROPER_LINK, 'программа'),
        ]),
      ],
    },
  }
}

/** Enough sessions for every payload to be a session title in one language or the other. */
function sessionDays(): string[] {
  const count = Math.ceil(HOSTILE_TEXTS.length / 2)
  return Array.from({ length: count }, (_, index) => `2021-04-${String(20 + (index % 11)).padStart(2, '0')}`)
}

const RECORDINGS = [
  'https://rutube.ru/video/0123456789abcdef0123456789abcdef/',
  null,
  'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  null,
]

async function png(): Promise<Buffer> {
  return sharp({ create: { width: 320, height: 320, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .png()
    .toBuffer()
}

type Rows = Array<{ id?: string | null }>

/** Row ids of a stored array, so that an English save fills the same rows instead of replacing them. */
function rowIds(rows: Rows | null | undefined): string[] {
  return (rows ?? []).map((row) => String(row.id))
}

/**
 * Fills every text field an editor can reach — in both languages where the field is localised —
 * with the hostile corpus, through the Local API as an editor would, and publishes it all.
 */
export async function createHostileProgramme(payload: Payload, editor: User): Promise<HostileProgramme> {
  const dispenser = new Dispenser()
  const as = { user: editor, overrideAccess: false, depth: 0 } as const
  const written: WrittenText[] = []
  const texts = (collection: SnapshotCollection) => new DocumentTexts(dispenser, collection)

  const imageTexts = texts('media')
  const alt = imageTexts.localized(['alt'])
  const credit = imageTexts.localized(['credit'])
  const image = await payload.create({
    ...as,
    collection: 'media',
    locale: 'ru',
    data: { alt: alt.ru, credit: credit.ru },
    file: { data: await png(), name: 'portrait.png', mimetype: 'image/png', size: 0 },
  })
  await payload.update({
    ...as,
    collection: 'media',
    id: image.id,
    locale: 'en',
    data: { alt: alt.en, credit: credit.en },
  })
  written.push(...imageTexts.bind(image.id).filter((text) => text.path[0] === 'alt'))

  const editionTexts = texts('editions')
  const edition = {
    title: editionTexts.localized(['title']),
    theme: editionTexts.localized(['theme']),
    venue: editionTexts.localized(['venue']),
    city: editionTexts.localized(['city']),
    platformName: editionTexts.localized(['platformName']),
    organisers: editionTexts.localized(['organisers']),
    stages: [0, 1].map((index) => ({
      name: editionTexts.localized(['stages', index, 'name']),
      description: editionTexts.localized(['stages', index, 'description']),
    })),
    figure: {
      value: editionTexts.field(['keyFigures', 0, 'value']),
      label: editionTexts.localized(['keyFigures', 0, 'label']),
    },
  }
  const editionDoc = await payload.create({
    ...as,
    collection: 'editions',
    locale: 'ru',
    data: {
      title: edition.title.ru,
      year: 2021,
      format: 'hybrid',
      theme: edition.theme.ru,
      venue: edition.venue.ru,
      city: edition.city.ru,
      platformName: edition.platformName.ru,
      platformUrl: MARKUP_IN_URL,
      organisers: edition.organisers.ru,
      startDate: '2021-04-20T12:00:00.000Z',
      endDate: '2021-04-30T12:00:00.000Z',
      stages: [
        {
          slug: 'pervyy',
          name: edition.stages[0]!.name.ru,
          description: edition.stages[0]!.description.ru,
          startDate: '2021-04-20T12:00:00.000Z',
          endDate: '2021-04-24T12:00:00.000Z',
        },
        {
          slug: 'vtoroy',
          name: edition.stages[1]!.name.ru,
          description: edition.stages[1]!.description.ru,
          startDate: '2021-04-25T12:00:00.000Z',
          endDate: '2021-04-30T12:00:00.000Z',
        },
      ],
      keyFigures: [{ value: edition.figure.value, label: edition.figure.label.ru }],
      description: editionTexts.richText(['description'], 'ru'),
    },
  })
  const stageRows = rowIds(editionDoc.stages)
  await payload.update({
    ...as,
    collection: 'editions',
    id: editionDoc.id,
    locale: 'en',
    data: {
      title: edition.title.en,
      theme: edition.theme.en,
      venue: edition.venue.en,
      city: edition.city.en,
      platformName: edition.platformName.en,
      organisers: edition.organisers.en,
      stages: (editionDoc.stages ?? []).map((stage, index) => ({
        ...stage,
        id: stageRows[index],
        name: edition.stages[index]!.name.en,
        description: edition.stages[index]!.description.en,
      })),
      keyFigures: (editionDoc.keyFigures ?? []).map((figure) => ({
        ...figure,
        label: edition.figure.label.en,
      })),
      description: editionTexts.richText(['description'], 'en'),
    },
  })
  written.push(...editionTexts.bind(editionDoc.id))

  const forumIds: Id[] = []
  for (const order of [1, 2]) {
    const forumTexts = texts('forums')
    const title = forumTexts.localized(['title'])
    const description = forumTexts.localized(['description'])
    const organiser = forumTexts.localized(['organiser'])
    const forum = await payload.create({
      ...as,
      collection: 'forums',
      locale: 'ru',
      data: {
        title: title.ru,
        description: description.ru,
        organiser: organiser.ru,
        edition: editionDoc.id,
        order,
      },
    })
    await payload.update({
      ...as,
      collection: 'forums',
      id: forum.id,
      locale: 'en',
      data: { title: title.en, description: description.en, organiser: organiser.en },
    })
    written.push(...forumTexts.bind(forum.id))
    forumIds.push(forum.id)
  }

  const alleyTexts = texts('alleys')
  const alleyName = alleyTexts.localized(['name'])
  const alley = await payload.create({
    ...as,
    collection: 'alleys',
    locale: 'ru',
    data: { name: alleyName.ru, edition: editionDoc.id, kind: 'company', order: 1 },
  })
  await payload.update({
    ...as,
    collection: 'alleys',
    id: alley.id,
    locale: 'en',
    data: { name: alleyName.en },
  })
  written.push(...alleyTexts.bind(alley.id))

  const expertIds: Id[] = []
  for (const index of [0, 1, 2, 3]) {
    const expertTexts = texts('experts')
    const name = expertTexts.localized(['name'])
    const position = expertTexts.localized(['position'])
    const organisation = expertTexts.localized(['organisation'])
    const city = expertTexts.localized(['city'])
    const country = expertTexts.localized(['country'])
    const linkLabel = expertTexts.field(['links', 0, 'label'])
    const expert = await payload.create({
      ...as,
      collection: 'experts',
      locale: 'ru',
      data: {
        name: name.ru,
        position: position.ru,
        organisation: organisation.ru,
        city: city.ru,
        country: country.ru,
        photo: index === 0 ? image.id : undefined,
        bio: expertTexts.richText(['bio'], 'ru'),
        links: [{ label: linkLabel, url: MARKUP_IN_URL }],
        _status: 'published',
      },
    })
    await payload.update({
      ...as,
      collection: 'experts',
      id: expert.id,
      locale: 'en',
      data: {
        name: name.en,
        position: position.en,
        organisation: organisation.en,
        city: city.en,
        country: country.en,
        bio: expertTexts.richText(['bio'], 'en'),
        _status: 'published',
      },
    })
    written.push(...expertTexts.bind(expert.id))
    expertIds.push(expert.id)
  }

  const partnerIds: Id[] = []
  for (const position of [1, 2, 3]) {
    const partnerTexts = texts('partners')
    const name = partnerTexts.localized(['name'])
    const product = {
      title: partnerTexts.localized(['products', 0, 'title']),
      description: partnerTexts.localized(['products', 0, 'description']),
    }
    const contactLabels = [0, 1, 2].map((row) => partnerTexts.localized(['contacts', row, 'label']))
    const materialTitle = partnerTexts.localized(['materials', 0, 'title'])
    const sign = partnerTexts.field(['stand', 'number'])
    const partner = await payload.create({
      ...as,
      collection: 'partners',
      locale: 'ru',
      data: {
        name: name.ru,
        kind: 'company',
        level: 'exhibitor',
        editions: [editionDoc.id],
        logo: image.id,
        description: partnerTexts.richText(['description'], 'ru'),
        website: MARKUP_IN_URL,
        products: [{ title: product.title.ru, description: product.description.ru }],
        contacts: [
          { channel: 'email', value: `expo${position}@example.org`, label: contactLabels[0]!.ru },
          { channel: 'phone', value: '+7 495 123-45-67', label: contactLabels[1]!.ru },
          { channel: 'chat', value: MARKUP_IN_URL, label: contactLabels[2]!.ru },
        ],
        materials: [{ title: materialTitle.ru, url: MARKUP_IN_URL }],
        stand: { alley: alley.id, position, number: sign, size: 'medium' },
        _status: 'published',
      },
    })
    await payload.update({
      ...as,
      collection: 'partners',
      id: partner.id,
      locale: 'en',
      data: {
        name: name.en,
        description: partnerTexts.richText(['description'], 'en'),
        products: (partner.products ?? []).map((row) => ({
          ...row,
          title: product.title.en,
          description: product.description.en,
        })),
        contacts: (partner.contacts ?? []).map((row, index) => ({ ...row, label: contactLabels[index]!.en })),
        materials: (partner.materials ?? []).map((row) => ({ ...row, title: materialTitle.en })),
        _status: 'published',
      },
    })
    written.push(...partnerTexts.bind(partner.id))
    partnerIds.push(partner.id)
  }

  const sessionPlans = sessionDays().map((day, index) => ({
    day,
    status: index === 4 ? ('cancelled' as const) : ('scheduled' as const),
    recording: RECORDINGS[index % 4] ?? null,
  }))
  const sessionIds: Id[] = []
  for (const [index, plan] of sessionPlans.entries()) {
    const sessionTexts = texts('sessions')
    const title = sessionTexts.localized(['title'])
    const lead = sessionTexts.localized(['lead'], 400)
    const hall = sessionTexts.localized(['place', 'hall'])
    const topics = [0, 1].map((row) => sessionTexts.localized(['participants', row, 'topic']))
    const materialTitle = sessionTexts.localized(['materials', 0, 'title'])
    const speakers = [expertIds[index % expertIds.length]!, expertIds[(index + 1) % expertIds.length]!]
    const session = await payload.create({
      ...as,
      collection: 'sessions',
      locale: 'ru',
      data: {
        title: title.ru,
        lead: lead.ru,
        edition: editionDoc.id,
        forum: forumIds[index % 2],
        format: index % 2 === 0 ? 'panel' : 'round-table',
        status: plan.status,
        start_tz: 'Europe/Moscow',
        end_tz: 'Europe/Moscow',
        start: moscow(plan.day, '11:00'),
        end: moscow(plan.day, '12:30'),
        place: { hall: hall.ru, online: true },
        participants: speakers.map((expert, row) => ({
          expert,
          role: row === 0 ? 'moderator' : 'speaker',
          topic: topics[row]!.ru,
        })),
        partners: [{ partner: partnerIds[index % partnerIds.length]!, role: 'organiser' }],
        description: sessionTexts.richText(['description'], 'ru'),
        registrationUrl: MARKUP_IN_URL,
        materials: [{ title: materialTitle.ru, url: MARKUP_IN_URL }],
        stream: { url: 'https://vk.com/video-193713520_456239301' },
        recording: plan.recording ? { url: plan.recording, durationMinutes: 90 } : undefined,
        _status: 'published',
      },
    })
    await payload.update({
      ...as,
      collection: 'sessions',
      id: session.id,
      locale: 'en',
      data: {
        title: title.en,
        lead: lead.en,
        place: { hall: hall.en },
        participants: (session.participants ?? []).map((row, index) => ({
          ...row,
          topic: topics[index]!.en,
        })),
        description: sessionTexts.richText(['description'], 'en'),
        materials: (session.materials ?? []).map((row) => ({ ...row, title: materialTitle.en })),
        _status: 'published',
      },
    })
    written.push(...sessionTexts.bind(session.id))
    sessionIds.push(session.id)
  }

  return { editionId: editionDoc.id, sessionIds, expertIds, partnerIds, written }
}

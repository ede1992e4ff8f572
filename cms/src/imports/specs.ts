import {
  PARTICIPANT_ROLES,
  PARTNER_KINDS,
  PARTNER_LEVELS,
  SESSION_FORMATS,
  SESSION_LANGUAGES,
  SESSION_STATUSES,
} from '@programma/shared'

import { CellError, list, moscowInstant, moscowText, oneOf, yesNo } from './values'

export type ImportCollection = 'sessions' | 'experts' | 'partners'
export const IMPORT_COLLECTIONS: ImportCollection[] = ['sessions', 'experts', 'partners']

type Id = string | number
type Doc = Record<string, unknown> & { id: Id; slug?: string; _status?: string }

/** Slugs and ids of what rows refer to, loaded once per import. */
export interface References {
  editions: Map<string, Id>
  forums: Map<string, { id: Id; edition: Id }>
  experts: Map<string, Id>
  slugOf: Map<string, string>
}

export interface RowData {
  ru: Record<string, unknown>
  en?: Record<string, unknown>
  published: boolean
}

export interface ImportSpec {
  collection: ImportCollection
  /** Every column, in the order exports write them. */
  columns: string[]
  required: string[]
  /** The field the title-like column fills, for slugs made from it. */
  titleColumn: string
  toData: (values: Record<string, string>, refs: References) => RowData
  toRow: (ru: Doc, en: Doc | undefined, refs: References) => Record<string, string>
}

const values = <T extends { value: string }>(terms: readonly T[]) => terms.map((term) => term.value)

function text(value: unknown): string {
  return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value)
}

function idOf(value: unknown): Id | undefined {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: Id }).id
  return typeof value === 'string' || typeof value === 'number' ? value : undefined
}

function refSlug(refs: References, kind: string, value: unknown): string {
  const id = idOf(value)
  return id === undefined ? '' : (refs.slugOf.get(`${kind}:${String(id)}`) ?? '')
}

/** Localized columns: "name_ru", "name_en" to { ru: { name }, en: { name } }. */
function localized(values: Record<string, string>, fields: string[]) {
  const ru: Record<string, string> = {}
  const en: Record<string, string> = {}
  for (const field of fields) {
    if (values[`${field}_ru`] !== undefined) ru[field] = values[`${field}_ru`] ?? ''
    if (values[`${field}_en`]) en[field] = values[`${field}_en`] ?? ''
  }
  return { ru, en: Object.keys(en).length ? en : undefined }
}

function localizedRow(ru: Doc, en: Doc | undefined, fields: string[]): Record<string, string> {
  const row: Record<string, string> = {}
  for (const field of fields) {
    row[`${field}_ru`] = text(ru[field])
    const english = text(en?.[field])
    row[`${field}_en`] = english === text(ru[field]) ? '' : english
  }
  return row
}

const published = (doc: Doc) => (doc._status === 'draft' ? 'нет' : 'да')

const EXPERT_TEXT = ['name', 'position', 'organisation', 'city', 'country']

export const expertsSpec: ImportSpec = {
  collection: 'experts',
  columns: ['slug', ...EXPERT_TEXT.flatMap((field) => [`${field}_ru`, `${field}_en`]), 'published'],
  required: ['name_ru'],
  titleColumn: 'name_ru',
  toData: (row) => {
    const { ru, en } = localized(row, EXPERT_TEXT)
    return { ru: { ...ru, slug: row.slug }, en, published: yesNo('published', row.published ?? '') }
  },
  toRow: (ru, en) => ({
    slug: text(ru.slug),
    ...localizedRow(ru, en, EXPERT_TEXT),
    published: published(ru),
  }),
}

export const partnersSpec: ImportSpec = {
  collection: 'partners',
  columns: ['slug', 'name_ru', 'name_en', 'kind', 'level', 'website', 'editions', 'published'],
  required: ['name_ru', 'kind'],
  titleColumn: 'name_ru',
  toData: (row, refs) => {
    const { ru, en } = localized(row, ['name'])
    const editions = list(row.editions ?? '').map((slug) => {
      const id = refs.editions.get(slug)
      if (id === undefined)
        throw new CellError('editions', `«${slug}» — нет такого выпуска — no such edition`)
      return id
    })
    return {
      ru: {
        ...ru,
        slug: row.slug,
        kind: oneOf('kind', row.kind ?? '', values(PARTNER_KINDS)),
        level: row.level ? oneOf('level', row.level, values(PARTNER_LEVELS)) : undefined,
        website: row.website || null,
        editions,
      },
      en,
      published: yesNo('published', row.published ?? ''),
    }
  },
  toRow: (ru, en, refs) => ({
    slug: text(ru.slug),
    ...localizedRow(ru, en, ['name']),
    kind: text(ru.kind),
    level: text(ru.level),
    website: text(ru.website),
    editions: ((ru.editions as unknown[]) ?? [])
      .map((edition) => refSlug(refs, 'editions', edition))
      .join('; '),
    published: published(ru),
  }),
}

const SESSION_TEXT = ['title', 'lead']

function participants(value: string, refs: References) {
  const roles = values(PARTICIPANT_ROLES)
  return list(value).map((item) => {
    const [role, slug] = item.includes(':') ? item.split(':').map((part) => part.trim()) : ['speaker', item]
    const expert = refs.experts.get(slug ?? '')
    if (expert === undefined)
      throw new CellError('participants', `«${slug}» — нет такого эксперта — no such expert`)
    return { role: oneOf('participants', role ?? '', roles), expert }
  })
}

export const sessionsSpec: ImportSpec = {
  collection: 'sessions',
  columns: [
    'slug',
    'edition',
    'forum',
    'title_ru',
    'title_en',
    'lead_ru',
    'lead_en',
    'start',
    'end',
    'format',
    'language',
    'hall_ru',
    'hall_en',
    'online',
    'participants',
    'status',
    'published',
  ],
  required: ['edition', 'title_ru', 'start', 'end', 'format'],
  titleColumn: 'title_ru',
  toData: (row, refs) => {
    const edition = refs.editions.get(row.edition ?? '')
    if (edition === undefined)
      throw new CellError('edition', `«${row.edition}» — нет такого выпуска — no such edition`)
    const forum = row.forum ? refs.forums.get(row.forum) : undefined
    if (row.forum && !forum)
      throw new CellError('forum', `«${row.forum}» — нет такого форума — no such forum`)
    if (forum && String(forum.edition) !== String(edition)) {
      throw new CellError('forum', `«${row.forum}» — форум другого выпуска — a forum of another edition`)
    }
    const { ru, en } = localized(row, SESSION_TEXT)
    const online = yesNo('online', row.online ?? '')
    return {
      ru: {
        ...ru,
        slug: row.slug,
        edition,
        forum: forum?.id ?? null,
        start: moscowInstant('start', row.start ?? ''),
        end: moscowInstant('end', row.end ?? ''),
        format: oneOf('format', row.format ?? '', values(SESSION_FORMATS)),
        language: row.language ? oneOf('language', row.language, values(SESSION_LANGUAGES)) : 'ru',
        place: { hall: row.hall_ru ?? '', online },
        participants: participants(row.participants ?? '', refs),
        status: row.status ? oneOf('status', row.status, values(SESSION_STATUSES)) : 'scheduled',
      },
      en:
        en || row.hall_en
          ? { ...en, ...(row.hall_en ? { place: { hall: row.hall_en, online } } : {}) }
          : undefined,
      published: yesNo('published', row.published ?? ''),
    }
  },
  toRow: (ru, en, refs) => {
    const place = (ru.place ?? {}) as { hall?: string; online?: boolean }
    const englishHall = text((en?.place as { hall?: string } | undefined)?.hall)
    return {
      slug: text(ru.slug),
      edition: refSlug(refs, 'editions', ru.edition),
      forum: refSlug(refs, 'forums', ru.forum),
      ...localizedRow(ru, en, SESSION_TEXT),
      start: moscowText(ru.start as string),
      end: moscowText(ru.end as string),
      format: text(ru.format),
      language: text(ru.language),
      hall_ru: text(place.hall),
      hall_en: englishHall === text(place.hall) ? '' : englishHall,
      online: place.online === false ? 'нет' : 'да',
      participants: ((ru.participants as Array<{ role?: string; expert?: unknown }>) ?? [])
        .map((participant) => `${participant.role}:${refSlug(refs, 'experts', participant.expert)}`)
        .join('; '),
      status: text(ru.status),
      published: published(ru),
    }
  },
}

export const SPECS: Record<ImportCollection, ImportSpec> = {
  sessions: sessionsSpec,
  experts: expertsSpec,
  partners: partnersSpec,
}

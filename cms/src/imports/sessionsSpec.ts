import { SESSION_FORMATS, SESSION_LANGUAGES, SESSION_STATUSES } from '@programma/shared'

import { has, localized, localizedRow, publishedCell, publishedOf, refSlug, text } from './cells'
import { participantsCell, participantsOf } from './participants'
import { editionById, editionByKey, forumBySlug } from './references'
import type { Doc, ImportSpec } from './types'
import { termValue, yesNo, zonedInstant, zonedText } from './values'

const TEXT = ['title', 'lead']
const REQUIRED_TRANSLATIONS = ['title']

interface Place {
  hall?: string | null
  online?: boolean
}

/** The hall and the stream flag, each from the file when it has the column, else as stored. */
function placeOf(row: Record<string, string>, stored: Doc | undefined): Place {
  const before = (stored?.place ?? {}) as Place
  return {
    hall: has(row, 'hall_ru') ? row.hall_ru : before.hall,
    online: has(row, 'online') ? yesNo('online', row.online ?? '') : (before.online ?? true),
  }
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
  requiredTranslations: REQUIRED_TRANSLATIONS,
  toData: (row, refs, stored) => {
    const edition = editionByKey(refs, 'edition', row.edition ?? '')
    const { ru, en } = localized(row, TEXT, REQUIRED_TRANSLATIONS)
    const data: Record<string, unknown> = {
      ...ru,
      slug: row.slug,
      edition: edition.id,
      start: zonedInstant('start', row.start ?? '', edition.timeZone),
      end: zonedInstant('end', row.end ?? '', edition.timeZone),
      format: termValue('format', row.format ?? '', SESSION_FORMATS),
    }
    if (has(row, 'forum')) data.forum = row.forum ? forumBySlug(refs, row.forum, edition) : null
    if (has(row, 'language')) {
      data.language = row.language ? termValue('language', row.language, SESSION_LANGUAGES) : 'ru'
    }
    if (has(row, 'hall_ru') || has(row, 'online')) data.place = placeOf(row, stored?.ru)
    if (has(row, 'participants')) data.participants = participantsOf(row.participants ?? '', refs, stored?.ru)
    if (has(row, 'status')) {
      data.status = row.status ? termValue('status', row.status, SESSION_STATUSES) : 'scheduled'
    }
    const english = has(row, 'hall_en') ? { ...en, place: { hall: row.hall_en || null } } : en
    return { ru: data, en: english, published: publishedOf(row, stored) }
  },
  toRow: ({ ru, en }, refs) => {
    const place = (ru.place ?? {}) as Place
    const englishHall = text((en?.place as Place | undefined)?.hall)
    const timeZone = editionById(refs, ru.edition)?.timeZone ?? 'UTC'
    return {
      slug: text(ru.slug),
      edition: refSlug(refs, 'editions', ru.edition),
      forum: refSlug(refs, 'forums', ru.forum),
      ...localizedRow(ru, en, TEXT),
      start: zonedText(ru.start as string, timeZone),
      end: zonedText(ru.end as string, timeZone),
      format: text(ru.format),
      language: text(ru.language),
      hall_ru: text(place.hall),
      hall_en: englishHall === text(place.hall) ? '' : englishHall,
      online: place.online === false ? 'нет' : 'да',
      participants: participantsCell(ru.participants, refs),
      status: text(ru.status),
      published: publishedCell(ru),
    }
  },
}

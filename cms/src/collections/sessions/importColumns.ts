import { SESSION_FORMATS, SESSION_STATUSES, type Vocabularies } from '@programma/shared'

import type { Session } from '../../payload-types'
import {
  cellsByLocale,
  has,
  localized,
  localizedRow,
  publishedCell,
  publishedOf,
  refSlug,
  text,
  yesNoCell,
} from '../../imports/cells'
import { columnOf, type ImportLocales, localizedColumns } from '../../imports/locales'
import { participantsCell, participantsOf } from '../../imports/participants'
import { editionById, editionByKey, forumBySlug } from '../../imports/references'
import type { ByLocale, Doc, Fields, ImportSpec } from '../../imports/types'
import { termValue, yesNo, zonedInstant, zonedText } from '../../imports/values'

const TEXT = ['title', 'lead']
const REQUIRED_TRANSLATIONS = ['title']

type Place = NonNullable<Session['place']>

const placeOf = (doc: Doc | undefined): Place => (doc?.place ?? {}) as Place

/** The hall and the stream flag, each from the file when it has the column, else as stored. */
function basePlace(row: Record<string, string>, hall: string, stored: Doc | undefined): Place {
  const before = placeOf(stored)
  return {
    hall: has(row, hall) ? row[hall] : before.hall,
    online: has(row, 'online') ? yesNo('online', row.online ?? '') : (before.online ?? true),
  }
}

/** Each other locale's hall the file gives: an empty cell removes the translation. */
function translatedHalls(
  row: Record<string, string>,
  locales: ImportLocales,
  translations: ByLocale<Fields>,
): ByLocale<Fields> {
  const withHalls = { ...translations }
  for (const locale of locales.translations) {
    const hall = row[columnOf('hall', locale)]
    if (hall !== undefined) withHalls[locale] = { ...withHalls[locale], place: { hall: hall || null } }
  }
  return withHalls
}

export function sessionsSpec(locales: ImportLocales, vocabularies: Vocabularies): ImportSpec {
  const title = columnOf('title', locales.base)
  const hall = columnOf('hall', locales.base)
  return {
    collection: 'sessions',
    locales,
    columns: [
      'slug',
      'edition',
      'forum',
      ...localizedColumns(TEXT, locales),
      'start',
      'end',
      'format',
      'language',
      ...localizedColumns(['hall'], locales),
      'online',
      'participants',
      'status',
      'published',
    ],
    required: ['edition', title, 'start', 'end', 'format'],
    titleColumn: title,
    requiredTranslations: REQUIRED_TRANSLATIONS,
    toData: (row, refs, stored) => {
      const edition = editionByKey(refs, 'edition', row.edition ?? '')
      const { [locales.base]: base, ...translations } = localized(row, TEXT, REQUIRED_TRANSLATIONS, locales)
      const data: Fields = {
        ...base,
        slug: row.slug,
        edition: edition.id,
        start: zonedInstant('start', row.start ?? '', edition.timeZone),
        end: zonedInstant('end', row.end ?? '', edition.timeZone),
        format: termValue('format', row.format ?? '', SESSION_FORMATS),
      }
      if (has(row, 'forum')) data.forum = row.forum ? forumBySlug(refs, row.forum, edition) : null
      if (has(row, 'language')) {
        const languages = vocabularies.sessionLanguages
        data.language = row.language ? termValue('language', row.language, languages) : languages[0]?.value
      }
      if (has(row, hall) || has(row, 'online')) data.place = basePlace(row, hall, stored?.base)
      if (has(row, 'participants')) {
        data.participants = participantsOf(row.participants ?? '', refs, stored?.base)
      }
      if (has(row, 'status')) {
        data.status = row.status ? termValue('status', row.status, SESSION_STATUSES) : 'scheduled'
      }
      return {
        base: data,
        translations: translatedHalls(row, locales, translations),
        published: publishedOf(row, stored),
      }
    },
    toRow: (stored, refs) => {
      const session = stored.base
      const timeZone = editionById(refs, session.edition)?.timeZone ?? 'UTC'
      return {
        slug: text(session.slug),
        edition: refSlug(refs, 'editions', session.edition),
        forum: refSlug(refs, 'forums', session.forum),
        ...localizedRow(stored, TEXT, locales),
        start: zonedText(session.start as string, timeZone),
        end: zonedText(session.end as string, timeZone),
        format: text(session.format),
        language: text(session.language),
        ...cellsByLocale(stored, locales, 'hall', (doc) => placeOf(doc).hall),
        online: yesNoCell(placeOf(session).online !== false, locales),
        participants: participantsCell(session.participants, refs),
        status: text(session.status),
        published: publishedCell(session, locales),
      }
    },
  }
}

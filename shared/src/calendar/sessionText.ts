import { labelIn, type Locale, type Localized, type TextByLocale, textWithLanguage } from '../locales'
import { latinize } from '../slug'
import type { SnapshotSession } from '../snapshot'
import { PARTICIPANT_ROLES, SESSION_FORMATS, termLabel } from '../vocabulary'
import type { CalendarContext } from './context'
import { CALENDAR_LABELS } from './labels'

/** Text in a language, falling back to the site's default language, then to any it has. */
export function textIn(value: TextByLocale, locale: Locale): string {
  return textWithLanguage(value, locale)?.text ?? ''
}

/** Languages written in Cyrillic: a name in one of them is transliterated for readers of the others. */
const CYRILLIC_LANGUAGES = new Set(['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk', 'ky', 'tg', 'mn'])

const inCyrillic = (locale: Locale) => CYRILLIC_LANGUAGES.has(locale.split('-')[0] ?? '')

/** Whether a name in another language reads better in Latin letters: a Cyrillic name for a reader of a Latin-script page. */
export function readsLatin(locale: Locale, textLanguage: Locale): boolean {
  return textLanguage !== locale && inCyrillic(textLanguage) && !inCyrillic(locale)
}

/** A person's name; an untranslated name in Cyrillic is transliterated for readers of other languages. */
export function nameIn(value: TextByLocale, locale: Locale): string {
  const shown = textWithLanguage(value, locale)
  if (!shown) return ''
  return readsLatin(locale, shown.lang) ? latinize(shown.text) : shown.text
}

function label(labels: Localized, locale: Locale): string {
  return labelIn(labels, locale)
}

export function sessionSummary(session: SnapshotSession, locale: Locale): string {
  const title = textIn(session.title, locale)
  return session.status === 'cancelled' ? `${label(CALENDAR_LABELS.cancelled, locale)}: ${title}` : title
}

/** The hall, and for online sessions the stream's address (or just "Online"). */
export function sessionLocation(session: SnapshotSession, locale: Locale): string {
  const hall = textIn(session.place.hall, locale)
  const online = session.place.online ? (session.stream?.url ?? label(CALENDAR_LABELS.online, locale)) : ''
  return [hall, online].filter(Boolean).join(' · ')
}

/** Participants grouped by role, in the vocabulary's order: "Moderator: Anna Petrova (rector, MSU)". */
export function participantLines(session: SnapshotSession, context: CalendarContext): string[] {
  const { locale, programme } = context
  return PARTICIPANT_ROLES.flatMap((role) => {
    const people = session.participants
      .filter((participant) => participant.role === role.value)
      .map((participant) => programme.expert(participant.expert))
      .filter((expert) => expert !== undefined)
      .map((expert) => {
        const affiliation = [textIn(expert.position, locale), textIn(expert.organisation, locale)]
          .filter(Boolean)
          .join(', ')
        const name = nameIn(expert.name, locale)
        return affiliation ? `${name} (${affiliation})` : name
      })
    return people.length > 0 ? [`${labelIn(role.label, locale)}: ${people.join('; ')}`] : []
  })
}

/** Plain-text description: lead or abstract, participants with roles, the stream and the page. */
export function sessionDescription(
  session: SnapshotSession,
  context: CalendarContext,
  pageUrl: string,
): string {
  const { locale } = context
  const about = textIn(session.lead, locale) || textIn(session.description.text, locale)
  const stream = session.stream ? `${label(CALENDAR_LABELS.stream, locale)}: ${session.stream.url}` : ''
  return [
    about,
    participantLines(session, context).join('\n'),
    stream,
    `${label(CALENDAR_LABELS.details, locale)}: ${pageUrl}`,
  ]
    .filter(Boolean)
    .join('\n\n')
}

/** Forum and format, the two ways readers sort the programme. */
export function sessionCategories(session: SnapshotSession, context: CalendarContext): string[] {
  const forum = context.programme.forum(session.forum)
  return [
    forum ? textIn(forum.title, context.locale) : '',
    termLabel(SESSION_FORMATS, session.format, context.locale),
  ].filter(Boolean)
}

import { labelIn, type Locale, type Localized } from './locales'

/**
 * The closed vocabularies of the interface, the same for every forum. The CMS offers them
 * as choices and the site renders their labels, so both read them from here. The lists
 * each forum keeps its own way (topics, audiences, languages, partner kinds and levels)
 * come from the host and travel in the snapshot (snapshot/vocabularies.ts).
 */
export interface Term<V extends string = string> {
  value: V
  label: Localized
}

/** A term of any list, the interface's (labelled in its languages) or the host's (in its locales). */
export interface LabelledTerm {
  value: string
  label: Readonly<Record<string, string | null | undefined>>
}

function terms<const V extends string>(entries: ReadonlyArray<readonly [V, string, string]>): Term<V>[] {
  return entries.map(([value, ru, en]) => ({ value, label: { ru, en } }))
}

export const EDITION_FORMATS = terms([
  ['online', 'Онлайн', 'Online'],
  ['offline', 'Очно', 'In person'],
  ['hybrid', 'Гибридный', 'Hybrid'],
] as const)

export const SESSION_FORMATS = terms([
  ['plenary', 'Пленарное заседание', 'Plenary session'],
  ['round-table', 'Круглый стол', 'Round table'],
  ['panel', 'Панельная дискуссия', 'Panel discussion'],
  ['conference', 'Конференция', 'Conference'],
  ['workshop', 'Мастер-класс', 'Workshop'],
  ['stream', 'Стрим', 'Stream'],
  ['presentation', 'Презентация', 'Presentation'],
  ['strategy-session', 'Стратегическая сессия', 'Strategy session'],
  ['lecture', 'Лекция', 'Lecture'],
  ['webinar', 'Вебинар', 'Webinar'],
] as const)

export const SESSION_STATUSES = terms([
  ['scheduled', 'По расписанию', 'Scheduled'],
  ['moved', 'Перенесено', 'Moved'],
  ['cancelled', 'Отменено', 'Cancelled'],
] as const)

export const PARTICIPANT_ROLES = terms([
  ['moderator', 'Модератор', 'Moderator'],
  ['speaker', 'Спикер', 'Speaker'],
  ['host', 'Ведущий', 'Host'],
  ['expert', 'Эксперт', 'Expert'],
  ['chat-moderator', 'Модератор чата', 'Chat moderator'],
  ['guest', 'Почётный гость', 'Guest of honour'],
] as const)

export const SESSION_PARTNER_ROLES = terms([
  ['organiser', 'Организатор', 'Organiser'],
  ['co-organiser', 'Соорганизатор', 'Co-organiser'],
  ['sponsor', 'Спонсор', 'Sponsor'],
  ['stand', 'Стенд', 'Stand'],
  ['media', 'Информационный партнёр', 'Media partner'],
] as const)

export const VIDEO_PROVIDERS = terms([
  ['vk', 'VK Видео', 'VK Video'],
  ['rutube', 'RUTUBE', 'RUTUBE'],
  ['youtube', 'YouTube', 'YouTube'],
  ['file', 'Видеофайл', 'Video file'],
  ['hls', 'HLS-поток', 'HLS stream'],
] as const)

export const CONTACT_CHANNELS = terms([
  ['email', 'Эл. почта', 'Email'],
  ['phone', 'Телефон', 'Phone'],
  ['chat', 'Чат', 'Chat'],
  ['webinar', 'Вебинарная комната', 'Webinar room'],
  ['messenger', 'Мессенджер', 'Messenger'],
] as const)

export const STAND_SIZES = terms([
  ['small', 'Малый', 'Small'],
  ['medium', 'Средний', 'Medium'],
  ['large', 'Большой', 'Large'],
] as const)

export type SessionFormat = (typeof SESSION_FORMATS)[number]['value']
export type SessionStatus = (typeof SESSION_STATUSES)[number]['value']
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number]['value']
export type StandSize = (typeof STAND_SIZES)[number]['value']
export type ContactChannel = (typeof CONTACT_CHANNELS)[number]['value']

/** A term's label for a page in any language: English where the interface has no dictionary. */
export function termLabel(vocabulary: readonly Term[], value: string, locale: Locale): string {
  const term = vocabulary.find((candidate) => candidate.value === value)
  return term ? labelIn(term.label, locale) : value
}

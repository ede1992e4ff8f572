import type { Locale, Localized } from '../locales'
import { formatInZone } from '../time'
import type { Change, ChangeKind, Release } from './releaseHistory'

export const CHANGE_LABELS: Record<ChangeKind, Localized> = {
  new: { ru: 'Новая сессия', en: 'New session' },
  moved: { ru: 'Перенесена', en: 'Moved' },
  place: { ru: 'Другое место', en: 'New place' },
  cancelled: { ru: 'Отменена', en: 'Cancelled' },
  speakers: { ru: 'Изменился состав участников', en: 'Speakers changed' },
  removed: { ru: 'Снята с программы', en: 'Removed from the programme' },
}

const FIRST_RELEASE: Localized = { ru: 'Программа опубликована', en: 'Programme published' }
const ZONE_NAME: Localized = { ru: 'МСК', en: 'MSK' }

function moment(instant: string, timeZone: string, locale: Locale): string {
  return `${formatInZone(instant, 'dd.MM.yyyy HH:mm', timeZone)} ${ZONE_NAME[locale]}`
}

export function changeTitle(change: Change, locale: Locale): string {
  return change.title[locale] ?? change.title.ru
}

/** "Moved: 29.04.2020 17:20 MSK → 30.04.2020 10:00 MSK", or just the kind when there is no detail to add. */
export function describeChange(change: Change, locale: Locale, timeZone: string): string {
  const label = CHANGE_LABELS[change.kind][locale]
  if (change.kind === 'moved' && change.before && change.after) {
    return `${label}: ${moment(change.before.start, timeZone, locale)} → ${moment(change.after.start, timeZone, locale)}`
  }
  if (change.kind === 'place' && change.before && change.after) {
    return `${label}: ${change.before.place || '—'} → ${change.after.place || '—'}`
  }
  return label
}

export function releaseTitle(release: Release, changes: Change[], locale: Locale, timeZone: string): string {
  const when = moment(release.date, timeZone, locale)
  if (release.first) return `${FIRST_RELEASE[locale]} · ${when}`
  return locale === 'ru' ? `${when} · изменений: ${changes.length}` : `${when} · changes: ${changes.length}`
}

/** The changes of a release that concern one edition. */
export function editionChanges(release: Release, edition: number | string): Change[] {
  return release.changes.filter((change) => change.edition === String(edition))
}

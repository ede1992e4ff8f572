import { intlLocale, labelIn, type Locale, type Localized, textWithLanguage } from '../locales'
import { formatInZone } from '../time'
import { zoneLabel } from '../zones'
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
const CHANGES_COUNT: Localized<(count: number) => string> = {
  ru: (count) => `изменений: ${count}`,
  en: (count) => `changes: ${count}`,
}

/** "29.04.2020 16:20 CEST (UTC+2)": on the edition's clock, the zone named as the reader's language names it. */
function moment(instant: string, timeZone: string, locale: Locale): string {
  return `${formatInZone(instant, 'dd.MM.yyyy HH:mm', timeZone)} ${zoneLabel(timeZone, intlLocale(locale), instant)}`
}

export function changeTitle(change: Change, locale: Locale): string {
  return textWithLanguage(change.title, locale)?.text ?? change.slug
}

/** "Moved: 29.04.2020 17:20 UTC+3 → 30.04.2020 10:00 UTC+3", or just the kind when there is no detail to add. */
export function describeChange(change: Change, locale: Locale, timeZone: string): string {
  const label = labelIn(CHANGE_LABELS[change.kind], locale)
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
  if (release.first) return `${labelIn(FIRST_RELEASE, locale)} · ${when}`
  return `${when} · ${labelIn(CHANGES_COUNT, locale)(changes.length)}`
}

/** The changes of a release that concern one edition. */
export function editionChanges(release: Release, edition: number | string): Change[] {
  return release.changes.filter((change) => change.edition === String(edition))
}

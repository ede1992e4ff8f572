import { intlLocale, type Locale } from '@programma/shared'

function unit(value: number, name: 'hour' | 'minute', locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'unit',
    unit: name,
    unitDisplay: 'short',
  }).format(value)
}

function split(minutes: number): { hours: number; rest: number } {
  const whole = Math.max(1, Math.round(minutes))
  return { hours: Math.floor(whole / 60), rest: whole % 60 }
}

/** "1 ч 28 мин" / "1 hr 28 min": how long a recording runs, as readers say it. */
export function formatDuration(minutes: number, locale: Locale): string {
  const { hours, rest } = split(minutes)
  return [
    hours > 0 ? unit(hours, 'hour', locale) : '',
    rest > 0 || hours === 0 ? unit(rest, 'minute', locale) : '',
  ]
    .filter(Boolean)
    .join(' ')
}

/** ISO 8601 duration, as schema.org and <time datetime> take it: 88 → "PT1H28M". */
export function isoDuration(minutes: number): string {
  const { hours, rest } = split(minutes)
  return `PT${hours > 0 ? `${hours}H` : ''}${rest > 0 || hours === 0 ? `${rest}M` : ''}`
}

import { FORUM_TIME_ZONE } from '@programma/shared'

/** The zones editors may choose for times, with the one a new session starts in. */
export const TIME_ZONES = {
  defaultTimezone: FORUM_TIME_ZONE,
  supportedTimezones: [{ label: 'Москва, МСК (UTC+3)', value: FORUM_TIME_ZONE }],
}

export function isAllowedTimeZone(zone: unknown): boolean {
  return TIME_ZONES.supportedTimezones.some((option) => option.value === zone)
}

export function validateTimeZone(value: unknown): true | string {
  if (isAllowedTimeZone(value)) return true
  const allowed = TIME_ZONES.supportedTimezones.map((zone) => zone.value).join(', ')
  return `Часовой пояс «${String(value)}» не из списка разрешённых — time zone "${String(value)}" is not one of the allowed zones (${allowed})`
}

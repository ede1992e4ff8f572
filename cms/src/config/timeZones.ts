/** The zones editors may choose for times, with the one a new session starts in (Payload's shape). */
export interface TimeZoneSettings {
  defaultTimezone: string
  supportedTimezones: Array<{ label: string; value: string }>
}

export function isAllowedTimeZone(zones: TimeZoneSettings, zone: unknown): boolean {
  return zones.supportedTimezones.some((option) => option.value === zone)
}

/** A field validator: one of the allowed zones, or a message naming them. */
export function timeZoneValidator(zones: TimeZoneSettings) {
  return (value: unknown): true | string => {
    if (isAllowedTimeZone(zones, value)) return true
    const allowed = zones.supportedTimezones.map((zone) => zone.value).join(', ')
    return `Часовой пояс «${String(value)}» не из списка разрешённых — time zone "${String(value)}" is not one of the allowed zones (${allowed})`
  }
}

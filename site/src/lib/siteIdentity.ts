import type { Locale, SnapshotSite } from '@programma/shared'

import { contactLink, type ContactLink } from './contacts'
import { show, type Shown } from './i18n'

const HEX = /^#([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})$/

/** Dark text for a light background, white for a dark one: whichever contrasts more (WCAG relative luminance). */
export function inkOn(colour: string): string {
  const parts = HEX.exec(colour)
  if (!parts) return '#ffffff'
  const [red, green, blue] = parts.slice(1).map((hex) => {
    const channel = Number.parseInt(hex, 16) / 255
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  const luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue
  // Contrast with white (1.05 / (L + 0.05)) against contrast with the dark ink (L + 0.05) / 0.0533.
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.0533 ? '#ffffff' : '#1b2430'
}

/**
 * The header's colours as CSS custom properties, from the site's colours in the snapshot.
 * Only #rrggbb passes (the schema allows nothing else; this holds even if it did), so no
 * text from the CMS can add a declaration.
 */
export function brandStyle(colours: SnapshotSite['colours']): string {
  const declarations: string[] = []
  if (HEX.test(colours.primary)) {
    declarations.push(`--brand: ${colours.primary}`, `--brand-ink: ${inkOn(colours.primary)}`)
  }
  if (HEX.test(colours.accent)) declarations.push(`--brand-stripe: ${colours.accent}`)
  return declarations.join('; ')
}

/** What every page shows of who runs the site, in the page's language. */
export interface SiteIdentity {
  name: string
  nameLang: Locale
  organiser: Shown | null
  footer: Shown | null
  contacts: ContactLink[]
  registrationUrl: string | null
}

export function siteIdentity(site: SnapshotSite, locale: Locale): SiteIdentity {
  const name = show(site.name, locale)
  return {
    name: name?.text ?? '',
    nameLang: name?.lang ?? locale,
    organiser: show(site.organiser, locale),
    footer: show(site.footer, locale),
    contacts: site.contacts.map((contact) => contactLink(contact, locale)),
    registrationUrl: site.registrationUrl,
  }
}

import type { SnapshotSite } from '@programma/shared'
import type { Payload } from 'payload'

import { SITE_IDENTITY_SLUG } from '../globals/SiteIdentity'
import { contactsOf } from './contacts'
import { optionalLocalized, requiredLocalized } from './localized'

type Doc = Record<string, unknown>

/** Until the team names its site, it is "Programme" in every language. */
const UNNAMED = { ru: 'Программа', en: 'Programme' }

const idOf = (value: unknown): number | string | null => {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return typeof value === 'number' || typeof value === 'string' ? value : null
}

export async function readSiteIdentity(payload: Payload): Promise<Doc> {
  return (await payload.findGlobal({
    slug: SITE_IDENTITY_SLUG,
    locale: 'all',
    depth: 0,
    overrideAccess: false,
  })) as unknown as Doc
}

/** The logo's media id, for the snapshot to carry that image too. */
export const siteLogoId = (doc: Doc) => idOf(doc.logo)

/** The site's identity as the snapshot carries it; a logo only when its image is published too. */
export function siteIdentity(doc: Doc, media: Set<string>): SnapshotSite {
  const logo = siteLogoId(doc)
  const text = (value: unknown) => (typeof value === 'string' && value ? value : null)
  return {
    name: requiredLocalized(doc.name) ?? UNNAMED,
    organiser: optionalLocalized(doc.organiser),
    logo: logo !== null && media.has(String(logo)) ? logo : null,
    colours: { primary: text(doc.primaryColour) ?? '#1d3b6f', accent: text(doc.accentColour) ?? '#f2c230' },
    footer: optionalLocalized(doc.footer),
    contacts: contactsOf(doc.contacts),
    registrationUrl: text(doc.registrationUrl),
  }
}

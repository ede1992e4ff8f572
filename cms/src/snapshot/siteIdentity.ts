import type { SnapshotSite } from '@programma/shared'
import type { Payload, TypedLocale } from 'payload'

import { SITE_IDENTITY_SLUG } from '../globals/SiteIdentity'
import type { SiteIdentity } from '../payload-types'
import { contactsOf } from './contacts'
import { dataInLocale } from './projectLocale'
import { type HostLocales, type InLocales, optionalLocalized, requiredLocalized, rowsIn } from './inLocales'
import { type Id, idOf, textOf } from './values'

/** Until the team names its site, it is "Programme" in every language. */
const UNNAMED = { ru: 'Программа', en: 'Programme' }

function readIdentity(payload: Payload, locale?: 'all'): Promise<SiteIdentity> {
  return payload.findGlobal({
    slug: SITE_IDENTITY_SLUG,
    ...(locale ? { locale: locale as TypedLocale } : {}),
    depth: 0,
    overrideAccess: false,
  })
}

/** The site's identity in each host language. */
export async function readSiteIdentity(
  payload: Payload,
  locales: HostLocales,
): Promise<InLocales<SiteIdentity>> {
  const { defaultLocale } = locales
  if (!payload.config.localization) {
    const identity = await readIdentity(payload)
    return { base: identity, defaultLocale, each: new Map([[defaultLocale, identity]]) }
  }
  const global = payload.config.globals.find((candidate) => candidate.slug === SITE_IDENTITY_SLUG)
  const all = await readIdentity(payload, 'all')
  const inLocale = (locale: string) => dataInLocale(global?.flattenedFields ?? [], all, locale)
  const each = new Map(locales.locales.map((locale) => [locale, inLocale(locale)] as const))
  return { base: each.get(defaultLocale) ?? all, defaultLocale, each }
}

/** The logo's media id, for the snapshot to carry that image too; read in any one language. */
export async function readSiteLogoId(payload: Payload): Promise<Id | null> {
  return idOf((await readIdentity(payload)).logo)
}

/** The site's identity as the snapshot carries it; a logo only when its image is published too. */
export function siteIdentity(identity: InLocales<SiteIdentity>, media: Set<string>): SnapshotSite {
  const { base } = identity
  const logo = idOf(base.logo)
  return {
    name: requiredLocalized(identity, (version) => version.name) ?? UNNAMED,
    organiser: optionalLocalized(identity, (version) => version.organiser),
    logo: logo !== null && media.has(String(logo)) ? logo : null,
    colours: {
      primary: textOf(base.primaryColour) ?? '#1d3b6f',
      accent: textOf(base.accentColour) ?? '#f2c230',
    },
    footer: optionalLocalized(identity, (version) => version.footer),
    contacts: contactsOf(rowsIn(identity, (version) => version.contacts)),
    registrationUrl: textOf(base.registrationUrl),
  }
}

import { parseSnapshot, SNAPSHOT_SCHEMA_VERSION, type Snapshot } from '@programma/shared'
import type { Payload } from 'payload'

import { alleySnapshot } from '../collections/alleys/snapshot'
import { editionSnapshot } from '../collections/editions/snapshot'
import { expertSnapshot } from '../collections/experts/snapshot'
import { forumSnapshot } from '../collections/forums/snapshot'
import { partnerSnapshot } from '../collections/partners/snapshot'
import { sessionSnapshot } from '../collections/sessions/snapshot'
import { mediaSlugOf, slugOf, timeZoneNamesOf, vocabulariesOf } from '../plugin/registry'
import { hostLocalesOf, readPublicInLocales } from './inLocales'
import { mediaItem } from './media'
import { referencedMedia } from './mediaUse'
import type { Published } from './published'
import { readSiteIdentity, siteIdentity } from './siteIdentity'
import { compact, idOf, idsOf } from './values'

/** Everything a reader may see, in each host language. */
async function readAll(payload: Payload) {
  const locales = hostLocalesOf(payload)
  const [editions, forums, sessions, experts, partners, media, alleys, identity] = await Promise.all([
    readPublicInLocales(payload, slugOf(payload.config, 'editions'), locales),
    readPublicInLocales(payload, slugOf(payload.config, 'forums'), locales),
    readPublicInLocales(payload, slugOf(payload.config, 'sessions'), locales),
    readPublicInLocales(payload, slugOf(payload.config, 'experts'), locales),
    readPublicInLocales(payload, slugOf(payload.config, 'partners'), locales),
    readPublicInLocales(payload, mediaSlugOf(payload.config), locales),
    readPublicInLocales(payload, slugOf(payload.config, 'alleys'), locales),
    readSiteIdentity(payload, locales),
  ])
  return { locales, editions, forums, sessions, experts, partners, media, alleys, identity }
}

const latestOf = (items: Array<{ updatedAt: string }>): string =>
  items
    .map((item) => item.updatedAt)
    .reduce((latest, current) => (current > latest ? current : latest), '1970-01-01T00:00:00.000Z')

async function assembleSnapshot(payload: Payload): Promise<Snapshot> {
  const read = await readAll(payload)
  const editions = compact(read.editions.map(editionSnapshot))
  const editionIds = idsOf(editions)
  const forums = compact(read.forums.map((doc) => forumSnapshot(doc, editionIds)))
  // An image is public when a published document uses it (or it is the site's logo).
  const used = referencedMedia([...read.experts, ...read.partners, ...read.sessions].map((doc) => doc.base))
  const logo = idOf(read.identity.base.logo)
  if (logo !== null) used.add(String(logo))
  const media = compact(read.media.filter((doc) => used.has(String(doc.base.id))).map(mediaItem))
  const mediaIds = idsOf(media)
  const experts = compact(read.experts.map((doc) => expertSnapshot(doc, mediaIds)))
  const alleys = compact(read.alleys.map((doc) => alleySnapshot(doc, editionIds)))
  const published: Published = {
    editions: new Map(editions.map((item) => [String(item.id), item.timeZone])),
    alleys: idsOf(alleys),
    forums: idsOf(forums),
    experts: idsOf(experts),
    partners: new Set(),
    media: mediaIds,
  }
  const partners = compact(read.partners.map((doc) => partnerSnapshot(doc, published)))
  published.partners = idsOf(partners)
  const vocabularies = vocabulariesOf(payload.config)
  const defaultLanguage = vocabularies.sessionLanguages[0]!.value
  const sessions = compact(read.sessions.map((doc) => sessionSnapshot(doc, published, defaultLanguage)))
  return parseSnapshot({
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    lastModified: latestOf([...editions, ...forums, ...sessions, ...experts, ...partners, ...alleys]),
    ...read.locales,
    site: siteIdentity(read.identity, mediaIds),
    vocabularies,
    timeZoneNames: timeZoneNamesOf(payload.config),
    editions,
    forums,
    sessions,
    experts,
    partners,
    alleys,
    media,
  })
}

/**
 * The programme snapshot: every published document in each of the host’s locales, references only
 * to other published documents, rich text rendered and sanitised. Validated before it
 * is returned, so an invalid snapshot never leaves the CMS.
 */
export function buildSnapshot(payload: Payload): Promise<Snapshot> {
  return assembleSnapshot(payload)
}

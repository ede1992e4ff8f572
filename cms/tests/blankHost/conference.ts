import { zonedTimeToUtc } from '@programma/shared'
import type { CollectionSlug, Payload } from 'payload'
import sharp from 'sharp'

import { paragraphs } from '../../src/seed/richText'
import { SEED_CONTEXT } from '../../src/seed/upsert'
import { SPEAKERS, TALKS } from './config'

const ZONE = 'Europe/Berlin'
const quiet = { overrideAccess: true, context: SEED_CONTEXT, locale: 'en' } as const

const berlin = (date: string, time: string) => zonedTimeToUtc(date, time, ZONE).toISOString()

async function image(payload: Payload, name: string, colour: string, alt: string) {
  const data = await sharp({ create: { width: 600, height: 600, channels: 3, background: colour } })
    .png()
    .toBuffer()
  return payload.create({
    collection: 'files' as 'media',
    data: { alt },
    file: { data, mimetype: 'image/png', name: `${name}.png`, size: data.length },
    ...quiet,
  })
}

async function create(payload: Payload, collection: CollectionSlug, data: Record<string, unknown>) {
  return payload.create({ collection, data, draft: false, ...quiet } as Parameters<Payload['create']>[0])
}

/** The host's topics of some talks (the host's config lists them). */
const TOPICS: Record<string, string[]> = { 'memory-safety': ['security'], 'data-commons': ['open-data'] }

/** A small conference of a fictional Berlin association: one edition, two tracks, four talks and a draft. */
export async function seedConference(payload: Payload) {
  const logo = await image(payload, 'osd-logo', '#0b6e4f', 'Open Source Days logo')
  await payload.updateGlobal({
    slug: 'site-identity',
    data: {
      name: 'Open Source Days',
      organiser: 'Open Source Days e.V.',
      logo: logo.id,
      primaryColour: '#0b6e4f',
      accentColour: '#f4d35e',
      footer: 'Open Source Days is a volunteer-run conference.',
      contacts: [{ channel: 'email', value: 'hello@osd.example.org' }],
      registrationUrl: 'https://osd.example.org/tickets',
    },
    ...quiet,
  })
  const edition = await create(payload, 'editions', {
    title: 'Open Source Days 2027',
    slug: 'osd-2027',
    year: 2027,
    format: 'offline',
    timeZone: ZONE,
    startDate: berlin('2027-06-10', '00:00'),
    endDate: berlin('2027-06-11', '00:00'),
    city: 'Berlin',
    venue: 'Kulturbrauerei',
    description: paragraphs(['Two days of talks about free software.']),
    _status: 'published',
  })
  const [systems, community] = await Promise.all(
    [
      { title: 'Systems track', slug: 'systems', colour: '#1d4e89', order: 1 },
      { title: 'Community track', slug: 'community', colour: '#b8336a', order: 2 },
    ].map((forum) => create(payload, 'forums', { ...forum, edition: edition.id, _status: 'published' })),
  )
  const people = await Promise.all(
    [
      { name: 'Grace Hartmann', slug: 'grace-hartmann', organisation: 'Kernel Works', colour: '#335c67' },
      { name: 'Jonas Weber', slug: 'jonas-weber', organisation: 'Free Maps Foundation', colour: '#9e2a2b' },
      { name: 'Amira Haddad', slug: 'amira-haddad', organisation: 'Open Data Lab', colour: '#e09f3e' },
    ].map(async ({ colour, ...person }) => {
      const photo = await image(payload, person.slug, colour, `Portrait of ${person.name}`)
      return create(payload, SPEAKERS, { ...person, photo: photo.id, _status: 'published' })
    }),
  )
  const sponsorLogo = await image(payload, 'rustacean-gmbh', '#d62828', 'Rustacean GmbH logo')
  const sponsor = await create(payload, 'partners', {
    name: 'Rustacean GmbH',
    slug: 'rustacean-gmbh',
    kind: 'company',
    level: 'gold',
    logo: sponsorLogo.id,
    editions: [edition.id],
    description: paragraphs(['Systems programming consultancy from Berlin.']),
    _status: 'published',
  })
  const talk = (
    slug: string,
    title: string,
    forum: { id: number | string },
    times: [string, string, string],
    speaker: number,
  ) =>
    create(payload, TALKS, {
      slug,
      title,
      edition: edition.id,
      forum: forum.id,
      format: 'lecture',
      start: berlin(times[0], times[1]),
      end: berlin(times[0], times[2]),
      place: { hall: 'Hall A', online: true },
      participants: [{ expert: people[speaker]?.id, role: 'speaker' }],
      partners: slug === 'memory-safety' ? [{ partner: sponsor.id, role: 'sponsor' }] : [],
      language: 'en',
      topics: TOPICS[slug] ?? [],
      description: paragraphs([`${title}: a talk at Open Source Days.`]),
      _status: 'published',
    })
  const sessions = [
    await talk('memory-safety', 'Memory safety in practice', systems!, ['2027-06-10', '10:00', '11:00'], 0),
    await talk('open-maps', 'Maps everyone can edit', community!, ['2027-06-10', '14:30', '15:15'], 1),
    await talk('night-hack', 'The night hack session', community!, ['2027-06-10', '23:30', '23:55'], 2),
    await talk('data-commons', 'Data as a commons', community!, ['2027-06-11', '16:00', '17:00'], 2),
  ]
  await payload.create({
    collection: TALKS,
    data: {
      slug: 'unannounced',
      title: 'An unannounced keynote',
      edition: edition.id,
      format: 'lecture',
      start: berlin('2027-06-11', '09:00'),
      end: berlin('2027-06-11', '10:00'),
      _status: 'draft',
    },
    draft: true,
    ...quiet,
  })
  await create(payload, 'pages' as CollectionSlug, { title: 'Code of conduct', body: 'Be excellent.' })
  return { edition, sessions, people, sponsor }
}

import type { Snapshot, SnapshotSession } from '@programma/shared'

import { sampleSnapshot } from '../sampleSnapshot'

const at = '2020-04-20T10:00:00.000Z'

/**
 * The sample grown into a small programme: two days, a second forum, a session moved
 * (with its previous start), one cancelled, one late in the evening that falls on the
 * next day east of Greenwich, a hall, a stream and a recording.
 */
export function demoLikeSnapshot(): Snapshot {
  const snapshot = sampleSnapshot()
  const [session] = snapshot.sessions
  if (!session) throw new Error('the sample has changed')
  snapshot.editions[0]!.venue = { ru: 'Цифровое деловое пространство', en: 'Digital Business Space' }
  snapshot.editions[0]!.city = { ru: 'Город', en: 'The City' }
  snapshot.forums.push({
    id: 2,
    slug: 'shkoly',
    edition: 1,
    title: { ru: 'Школы', en: 'Schools' },
    description: { ru: null, en: null },
    organiser: { ru: null, en: null },
    colour: '#1f7a4d',
    order: 2,
    updatedAt: at,
  })
  const more: SnapshotSession[] = [
    {
      ...session,
      id: 2,
      slug: 'cifrovaya-shkola',
      forum: 2,
      title: { ru: 'Цифровая школа', en: 'The digital school' },
      start: '2020-04-29T14:20:00.000Z',
      end: '2020-04-29T15:20:00.000Z',
      place: { hall: { ru: 'Студия 3', en: 'Studio 3' }, online: true },
      stream: { provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
    },
    {
      ...session,
      id: 3,
      slug: 'perenesennaya',
      title: { ru: 'Перенесённая сессия', en: 'A session that moved' },
      status: 'moved',
      previousStart: '2020-04-29T08:00:00.000Z',
      start: '2020-04-30T08:00:00.000Z',
      end: '2020-04-30T09:30:00.000Z',
      place: { hall: { ru: 'Большой зал', en: 'Main hall' }, online: false },
    },
    {
      ...session,
      id: 4,
      slug: 'otmenennaya',
      forum: 2,
      title: { ru: 'Отменённая сессия', en: 'A cancelled session' },
      status: 'cancelled',
      start: '2020-04-30T11:00:00.000Z',
      end: '2020-04-30T12:00:00.000Z',
    },
    {
      ...session,
      id: 5,
      slug: 'vecher',
      title: { ru: 'Вечерний эфир', en: 'The evening broadcast' },
      // 22:30 UTC: the next day in Berlin (00:30) and in Almaty (04:30).
      start: '2020-04-29T22:30:00.000Z',
      end: '2020-04-29T23:30:00.000Z',
      recording: {
        provider: 'youtube',
        url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        durationMinutes: 60,
        publishedAt: '2020-04-30T08:00:00.000Z',
      },
    },
  ]
  snapshot.sessions.push(...more)
  snapshot.site.contacts = [
    { channel: 'email', value: 'info@forum.example.org', label: { ru: 'Почта', en: 'Email' } },
  ]
  snapshot.site.registrationUrl = 'https://forum.example.org/register'
  // The host names the zone its editions were in: a name that must go with the zone.
  snapshot.timeZoneNames = [{ timeZone: 'Europe/Moscow', name: { ru: 'МСК', en: 'MSK' } }]
  return snapshot
}

/**
 * Every edition moved to another zone; the sessions keep the zone they had, and the host's
 * name for that zone stays, neither of which the site may show.
 */
export function movedTo(snapshot: Snapshot, timeZone: string): Snapshot {
  for (const edition of snapshot.editions) edition.timeZone = timeZone
  return snapshot
}

/** Text of a fixture in English alone: what an English-only host's CMS writes. */
function englishOnly(value: unknown, inEnglish: (russian: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => englishOnly(item, inEnglish))
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
    const keys = entries.map(([key]) => key).sort()
    if (keys.length === 2 && keys[0] === 'en' && keys[1] === 'ru') {
      const { ru, en } = value as { ru: string | null; en: string | null }
      return { en: en ?? (ru === null ? null : inEnglish(ru)) }
    }
    return Object.fromEntries(entries.map(([key, inner]) => [key, englishOnly(inner, inEnglish)]))
  }
  return value
}

/** Russian words of the sample that have no English there, as an English-only host would have written them. */
const ENGLISH: Record<string, string> = {
  ММСО: 'MIES',
  Регионы: 'Regions',
  'Опыт Самарской области': 'The Samara experience',
  'Анна Петрова': 'Anna Petrova',
  'Дирекция форума': 'The forum office',
}

/** A blank host: English only, every edition in Europe/Berlin, the site called "Demo Forum" with a logo. */
export function berlinEnglishSnapshot(): Snapshot {
  const snapshot = englishOnly(movedTo(demoLikeSnapshot(), 'Europe/Berlin'), (russian) => {
    const english = ENGLISH[russian]
    if (!english) throw new Error(`No English for "${russian}" in the fixture`)
    return english
  }) as Snapshot
  snapshot.defaultLocale = 'en'
  snapshot.locales = ['en']
  for (const session of snapshot.sessions) session.language = 'en'
  snapshot.site.footer = { en: 'Programme data are open: take them from the schedule exports.' }
  snapshot.site.colours = { primary: '#7a1f3d', accent: '#f0c419' }
  snapshot.site.logo = LOGO.id
  snapshot.media.push(LOGO)
  return snapshot
}

/** The demo-like programme with its editions in Asia/Almaty, Russian first and English second. */
export function almatySnapshot(): Snapshot {
  return movedTo(demoLikeSnapshot(), 'Asia/Almaty')
}

/** The site's logo: an SVG, so that the file is small and readable. */
export const LOGO = {
  id: 100,
  alt: { en: 'Demo Forum' },
  url: '/api/media/file/logo.svg',
  filename: 'logo.svg',
  mimeType: 'image/svg+xml',
  width: 160,
  height: 64,
  focalX: null,
  focalY: null,
  sizes: {
    logo: { url: '/api/media/file/logo-160x64.svg', width: 160, height: 64 },
    logoSmall: { url: '/api/media/file/logo-80x32.svg', width: 80, height: 32 },
  },
} satisfies Snapshot['media'][number]

export const LOGO_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 64"><rect width="160" height="64" rx="12" fill="#f0c419"/><text x="80" y="42" font-family="sans-serif" font-size="28" font-weight="700" text-anchor="middle" fill="#7a1f3d">DEMO</text></svg>'

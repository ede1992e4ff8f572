import type { Snapshot } from '@programma/shared'
import { describe, expect, it } from 'vitest'

import { sessionsByDay } from '../src/lib/days'
import { Programme } from '../src/lib/programme'
import { sampleSnapshot } from './sampleSnapshot'

/** The sample with an older edition, an evening session (the next day in Moscow) and a second forum. */
function twoEditions(): Snapshot {
  const snapshot = sampleSnapshot()
  const [edition] = snapshot.editions
  const [forum] = snapshot.forums
  const [session] = snapshot.sessions
  if (!edition || !forum || !session) throw new Error('the sample has changed')
  snapshot.editions.push({
    ...edition,
    id: 2,
    slug: 'mmso-2019',
    year: 2019,
    organisers: { ru: 'Раньше', en: null },
  })
  edition.organisers = { ru: 'Минпросвещения', en: 'Ministry of Education' }
  snapshot.forums.push({ ...forum, id: 2, slug: 'shkoly', order: 0 })
  snapshot.sessions.push({ ...session, id: 2, slug: 'vecher', forum: 2, start: '2020-04-29T21:30:00.000Z' })
  return snapshot
}

describe('the programme’s lookups', () => {
  const data = new Programme(twoEditions())
  const edition = data.edition(1)!

  it('takes the newest edition as the current one, and its zone for the site as a whole', () => {
    expect(data.current()?.slug).toBe('mmso-2020')
    expect(data.siteZone()).toBe('Europe/Moscow')
    expect(new Programme({ ...sampleSnapshot(), editions: [] }).current()).toBeUndefined()
  })

  it('shows a session on its edition’s clock, whatever zone the session itself names', () => {
    const moved = twoEditions()
    moved.editions[0]!.timeZone = 'Europe/Berlin'
    const berlin = new Programme(moved)
    expect(berlin.zoneOf(berlin.session(2)!)).toBe('Europe/Berlin')
    expect(berlin.session(2)?.timeZone).toBe('Europe/Moscow')
    // 21:30 UTC is 23:30 in Berlin: both sessions fall on the 29th there.
    expect(berlin.daysOf(berlin.edition(1)!)).toEqual(['2020-04-29'])
    moved.editions[0]!.timeZone = 'Asia/Almaty'
    const almaty = new Programme(structuredClone(moved))
    expect(almaty.daysOf(almaty.edition(1)!)).toEqual(['2020-04-29', '2020-04-30'])
  })

  it('finds a session by id, as a change log names it', () => {
    expect(data.session('2')?.slug).toBe('vecher')
    expect(data.session(99)).toBeUndefined()
  })

  it('finds an edition’s forum by its slug and a stage by its key, within that edition only', () => {
    expect(data.forumBySlug(edition, 'shkoly')?.id).toBe(2)
    expect(data.forumBySlug(data.edition(2)!, 'shkoly')).toBeUndefined()
    expect(data.stage(edition, 'mmso')?.name.ru).toBe('ММСО')
    expect(data.stage(edition, null)).toBeUndefined()
  })

  it('counts days on the edition’s own clock', () => {
    expect(data.daysOf(edition)).toEqual(['2020-04-29', '2020-04-30'])
  })
})

describe('sessions by day', () => {
  it('groups on the given clock, days in the order they first occur', () => {
    const sessions = twoEditions().sessions
    const days = (zone: string) =>
      [...sessionsByDay(sessions, zone)].map(([day, onDay]) => [day, onDay.map((session) => session.slug)])
    expect(days('Europe/Moscow')).toEqual([
      ['2020-04-29', ['samara']],
      ['2020-04-30', ['vecher']],
    ])
    expect(days('UTC')).toEqual([['2020-04-29', ['samara', 'vecher']]])
  })
})

import { describe, expect, it } from 'vitest'

import { facetSubject } from '../src/lib/facetPage'
import { Programme } from '../src/lib/programme'
import { sampleSnapshot } from './sampleSnapshot'

describe('a programme filter page’s subject', () => {
  const snapshot = sampleSnapshot()
  snapshot.forums[0]!.description = { ru: 'Форум регионов', en: null }
  snapshot.forums[0]!.organiser = { ru: 'Минпросвещения', en: null }
  snapshot.editions[0]!.stages[0]!.description = { ru: 'Первый этап', en: null }
  const data = new Programme(snapshot)
  const edition = data.editions()[0]!

  it('is the forum, with its description, organiser and calendar', () => {
    const subject = facetSubject(data, edition, 'forum', 'regiony', 'en')
    expect(subject).toMatchObject({
      forum: { slug: 'regiony' },
      stage: undefined,
      about: { ru: 'Форум регионов', en: null },
      organiser: { ru: 'Минпросвещения', en: null },
      feed: '/en/calendar/mmso-2020/forums/regiony.ics',
    })
  })

  it('is the stage, with its description and calendar', () => {
    expect(facetSubject(data, edition, 'stage', 'mmso', 'ru')).toMatchObject({
      forum: undefined,
      stage: { key: 'mmso' },
      about: { ru: 'Первый этап', en: null },
      organiser: undefined,
      feed: '/calendar/mmso-2020/stages/mmso.ics',
    })
  })

  it('is nothing more for other filters', () => {
    expect(facetSubject(data, edition, 'format', 'round-table', 'ru')).toEqual({
      forum: undefined,
      stage: undefined,
      about: undefined,
      organiser: undefined,
      feed: undefined,
    })
  })
})

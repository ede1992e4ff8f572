import { describe, expect, it } from 'vitest'

import { Programme } from '../src/lib/programme'
import { programmeIndex } from '../src/lib/programmeIndex'
import { searchMessages } from '../src/lib/searchMessages'
import { sampleSnapshot } from './sampleSnapshot'

describe('the programme index for “my programme”', () => {
  it('holds each session’s facts, its edition’s zone and its page in every language', () => {
    expect(programmeIndex(new Programme(sampleSnapshot()))).toEqual([
      {
        id: '1',
        slug: 'samara',
        title: { ru: 'Опыт Самарской области', en: null },
        start: '2020-04-29T14:20:00.000Z',
        end: '2020-04-29T15:50:00.000Z',
        timeZone: 'Europe/Moscow',
        status: 'scheduled',
        url: { ru: '/sessions/samara/', en: '/en/sessions/samara/' },
      },
    ])
  })
})

describe('the search page’s messages', () => {
  it('give the script every word it shows, in the page’s language', () => {
    const messages = searchMessages('en')
    expect(messages.loading).toBe('Searching…')
    expect(Object.values(messages).every(Boolean)).toBe(true)
    expect(searchMessages('ru').found).not.toEqual(messages.found)
  })
})

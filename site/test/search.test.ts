import { describe, expect, it } from 'vitest'

import { Programme } from '../src/lib/programme'
import { expertRecord, searchRecords, sessionRecord } from '../src/lib/searchRecords'
import { foldYo } from '../src/lib/searchText'
import { fillMessage } from '../src/scripts/search'
import { readSearchState, searchUrl } from '../src/scripts/searchState'
import { sampleSnapshot } from './sampleSnapshot'

function programmeWithSeminar() {
  const snapshot = sampleSnapshot()
  const [expert] = snapshot.experts
  if (!expert) throw new Error('sample has an expert')
  expert.name = { ru: 'Фёдор Семёнов', en: null }
  expert.position = { ru: 'директор', en: null }
  expert.organisation = { ru: 'Школа № 1514', en: 'School 1514' }
  return new Programme(snapshot)
}

describe('search records', () => {
  it('index a session by its forum, format and participants, with day, time and forum to show', () => {
    const data = programmeWithSeminar()
    const record = sessionRecord(data.snapshot.sessions[0]!, data, 'ru')
    expect(record.url).toBe('/sessions/samara/')
    expect(record.language).toBe('ru')
    expect(record.content).toContain('Круглый стол')
    expect(record.content).toContain('Регионы')
    expect(record.content).toContain('Модератор: Федор Семенов, директор, Школа № 1514')
    expect(record.meta).toMatchObject({
      title: 'Опыт Самарской области',
      kind: 'session',
      when: '29 апреля 2020, 17:20 UTC+3',
      forum: 'Регионы',
    })
    expect(record.filters).toEqual({
      type: ['session'],
      edition: ['ММСО-2020'],
      forum: ['Регионы'],
      format: ['Круглый стол'],
      day: ['2020-04-29'],
    })
    expect(record.sort).toEqual({ start: '2020-04-29T14:20:00.000Z' })
  })

  it('mark a session with a recording as a recording too', () => {
    const data = programmeWithSeminar()
    const session = data.snapshot.sessions[0]!
    session.recording = {
      provider: 'rutube',
      url: 'https://rutube.ru/video/0123456789abcdef0123456789abcdef/',
      durationMinutes: 90,
      publishedAt: '2020-04-29T16:00:00.000Z',
    }
    expect(sessionRecord(session, data, 'en').filters.type).toEqual(['session', 'recording'])
  })

  it('fold ё into е in what is indexed but keep it in what is shown', () => {
    const data = programmeWithSeminar()
    const record = expertRecord(data.snapshot.experts[0]!, data, 'ru')
    expect(record.content).not.toMatch(/ё/i)
    expect(record.content).toContain('Федор Семенов')
    expect(record.meta.title).toBe('Фёдор Семёнов')
    expect(record.filters.edition).toEqual(['ММСО-2020'])
  })

  it('find an untranslated name on the English site in both alphabets', () => {
    const data = programmeWithSeminar()
    const record = expertRecord(data.snapshot.experts[0]!, data, 'en')
    expect(record.url).toBe('/en/experts/anna-petrova/')
    expect(record.meta.title).toBe('Fyodor Semyonov')
    expect(record.content).toContain('Fyodor Semyonov Федор Семенов')
    expect(record.content).toContain('School 1514')
  })

  it('hold one record per session, expert and partner in each language', () => {
    const data = programmeWithSeminar()
    expect(searchRecords(data, 'ru').map((record) => record.url)).toEqual([
      '/sessions/samara/',
      '/experts/anna-petrova/',
    ])
  })
})

describe('the search page state', () => {
  it('round-trips the query, filters and order through the URL', () => {
    const state = {
      query: 'школа № 5 & лицей',
      filters: { type: ['session'], day: ['2020-04-29'] },
      sort: 'time' as const,
    }
    const url = searchUrl('/search/', state)
    expect(url).toBe(
      '/search/?q=%D1%88%D0%BA%D0%BE%D0%BB%D0%B0+%E2%84%96+5+%26+%D0%BB%D0%B8%D1%86%D0%B5%D0%B9&type=session&day=2020-04-29&sort=time',
    )
    expect(readSearchState(new URL(url, 'http://site').searchParams)).toEqual(state)
  })

  it('ignores parameters it does not know and empty values', () => {
    expect(readSearchState(new URLSearchParams('q=&colour=red&forum=&sort=random'))).toEqual({
      query: '',
      filters: {},
      sort: null,
    })
  })

  it('fills messages without reading the query as a replacement pattern', () => {
    expect(fillMessage('«{query}»: {count}', { query: '$& $1 {count}', count: '3' })).toBe(
      '«$& $1 {count}»: 3',
    )
  })

  it('folds both cases of ё', () => {
    expect(foldYo('Ёлка и ёж')).toBe('Елка и еж')
  })
})

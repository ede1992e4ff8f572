import { describe, expect, it } from 'vitest'

import { facetValues, filterAttributes, sessionsWith } from '../src/lib/facets'
import { Programme } from '../src/lib/programme'
import { sampleSnapshot } from './sampleSnapshot'

describe('programme facets', () => {
  const snapshot = sampleSnapshot()
  const programme = new Programme(snapshot)
  const edition = snapshot.editions[0]!

  it('offers only the values that occur, labelled, with counts', () => {
    expect(facetValues(programme, edition, 'format', 'ru')).toEqual([
      { value: 'round-table', label: 'Круглый стол', count: 1 },
    ])
    expect(facetValues(programme, edition, 'forum', 'en')).toEqual([
      { value: 'regiony', label: 'Регионы', count: 1 },
    ])
    expect(facetValues(programme, edition, 'audience', 'en')).toEqual([
      { value: 'teachers', label: 'Teachers', count: 1 },
    ])
  })

  it('finds the sessions with a value', () => {
    expect(
      sessionsWith(programme, edition, 'topic', 'distance-learning').map((session) => session.slug),
    ).toEqual(['samara'])
    expect(sessionsWith(programme, edition, 'topic', 'preschool')).toEqual([])
  })

  it('writes the data attributes the in-page filter reads', () => {
    expect(filterAttributes(snapshot.sessions[0]!, programme)).toEqual({
      'data-stage': 'mmso',
      'data-forum': 'regiony',
      'data-format': 'round-table',
      'data-audience': 'teachers',
      'data-topic': 'distance-learning',
      'data-language': 'ru',
    })
  })
})

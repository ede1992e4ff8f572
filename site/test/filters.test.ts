import { describe, expect, it } from 'vitest'

import { readSelection, selectionQuery } from '../src/scripts/filters'
import { compareRecordings, orderFrom } from '../src/scripts/recordingSort'

const FACETS = new Set(['edition', 'forum', 'format', 'topic'])

describe('filters in the URL', () => {
  it('read only their own facets, so the archive’s order does not filter everything out', () => {
    const selection = readSelection('?forum=a&forum=b&sort=date', FACETS)
    expect([...selection]).toEqual([['forum', new Set(['a', 'b'])]])
  })

  it('write the selection and keep the other parameters', () => {
    const selection = new Map([['format', new Set(['panel'])]])
    expect(selectionQuery(selection, '?sort=date&forum=old', FACETS)).toBe('?sort=date&format=panel')
    expect(selectionQuery(new Map(), '?forum=old', FACETS)).toBe('')
  })
})

describe('recordings order', () => {
  const items = [
    { slug: 'a', published: '2022-04-30T12:00:00Z', start: '2020-04-26T10:00:00Z' },
    { slug: 'b', published: '2020-04-27T12:00:00Z', start: '2020-04-27T10:00:00Z' },
    { slug: 'c', published: '2022-04-29T12:00:00Z', start: '2022-04-29T10:00:00Z' },
  ]

  it('is newest recording first unless the reader asks for the sessions’ dates', () => {
    expect(orderFrom('')).toBe('newest')
    expect(orderFrom('?forum=x&sort=date')).toBe('date')
    expect([...items].sort(compareRecordings('newest')).map((item) => item.slug)).toEqual(['a', 'c', 'b'])
    expect([...items].sort(compareRecordings('date')).map((item) => item.slug)).toEqual(['a', 'b', 'c'])
  })
})

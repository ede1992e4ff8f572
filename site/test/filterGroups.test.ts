import type { Snapshot } from '@programma/shared'
import { describe, expect, it } from 'vitest'

import { programmeFilters } from '../src/lib/filterGroups'
import { Programme } from '../src/lib/programme'
import { sampleSnapshot } from './sampleSnapshot'

/** The sample with a second session: a lecture in English, for the same teachers. */
function withLecture(): Snapshot {
  const snapshot = sampleSnapshot()
  const [session] = snapshot.sessions
  snapshot.sessions.push({ ...session!, id: 2, slug: 'lecture', format: 'lecture', language: 'en' })
  return snapshot
}

describe('the programme’s filters', () => {
  const data = new Programme(withLecture())
  const edition = data.editions()[0]!

  it('offer only filters that narrow something, each value linked to its page', () => {
    const groups = programmeFilters(data, edition, 'en')
    expect(groups.map((group) => group.facet)).toEqual(['format', 'language'])
    expect(groups[0]).toEqual({
      facet: 'format',
      label: 'Format',
      values: [
        {
          value: 'round-table',
          label: 'Round table',
          count: 1,
          href: '/en/mmso-2020/programme/format/round-table/',
        },
        { value: 'lecture', label: 'Lecture', count: 1, href: '/en/mmso-2020/programme/format/lecture/' },
      ],
    })
  })

  it('keep the page’s own filter even when it has one value', () => {
    const groups = programmeFilters(data, edition, 'ru', { facet: 'forum', value: 'regiony' })
    expect(groups.map((group) => group.facet)).toEqual(['forum', 'format', 'language'])
  })
})

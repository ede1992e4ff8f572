import type { Snapshot } from '@programma/shared'
import { describe, expect, it } from 'vitest'

import { editionOverview } from '../src/lib/editionOverview'
import { Programme } from '../src/lib/programme'
import { sampleSnapshot } from './sampleSnapshot'

/** The sample with a second, empty forum and an older edition that has no sessions. */
function withArchive(): Snapshot {
  const snapshot = sampleSnapshot()
  const [edition] = snapshot.editions
  const [forum] = snapshot.forums
  snapshot.forums.push({ ...forum!, id: 2, slug: 'shkoly', order: 2 })
  snapshot.editions.push({ ...edition!, id: 2, slug: 'mmso-2019', year: 2019 })
  return snapshot
}

describe('an edition’s overview', () => {
  const data = new Programme(withArchive())
  const [current, older] = data.editions()

  it('gives its days, and its forums in order with their session counts', () => {
    const overview = editionOverview(data, current!)
    expect(overview.days).toEqual(['2020-04-29'])
    expect(overview.forums.map(({ forum, sessions }) => [forum.slug, sessions])).toEqual([
      ['regiony', 1],
      ['shkoly', 0],
    ])
    expect(overview.exhibition).toEqual([])
    expect(overview.archive).toEqual([])
  })

  it('links only those archived editions that have a programme', () => {
    const overview = editionOverview(data, current!, [older!, current!])
    expect(overview.archive.map(({ edition, hasProgramme }) => [edition.slug, hasProgramme])).toEqual([
      ['mmso-2019', false],
      ['mmso-2020', true],
    ])
  })
})

import { nextReleaseHistory, type Snapshot } from '@programma/shared'
import { describe, expect, it } from 'vitest'

import { editionReleases } from '../src/lib/changeLog'
import { sampleSnapshot } from './sampleSnapshot'

/** The sample one release later: its session moved by an hour, a session of another edition added. */
function nextDay(): Snapshot {
  const snapshot = sampleSnapshot()
  const [session] = snapshot.sessions
  const [edition] = snapshot.editions
  snapshot.lastModified = '2020-04-21T10:00:00.000Z'
  snapshot.editions.push({ ...edition!, id: 2, slug: 'mmso-2021', year: 2021 })
  snapshot.sessions = [
    { ...session!, start: '2020-04-29T15:20:00.000Z', end: '2020-04-29T16:50:00.000Z' },
    { ...session!, id: 2, slug: 'next-year', edition: 2 },
  ]
  return snapshot
}

describe('an edition’s change log', () => {
  const history = nextReleaseHistory(nextReleaseHistory(null, sampleSnapshot()), nextDay())

  it('holds the first publication and each release that changed its sessions, newest first', () => {
    const releases = editionReleases(history, { id: 1 })
    expect(
      releases.map(({ release, changes }) => [release.date, release.first, changes.map((c) => c.kind)]),
    ).toEqual([
      ['2020-04-21T10:00:00.000Z', false, ['moved']],
      ['2020-04-20T10:00:00.000Z', true, []],
    ])
  })

  it('leaves out the releases that changed only other editions', () => {
    const later = nextReleaseHistory(history, { ...nextDay(), lastModified: '2020-04-22T10:00:00.000Z' })
    expect(editionReleases(later, { id: 1 })).toHaveLength(2)
    expect(editionReleases(history, { id: 2 }).map(({ changes }) => changes.map((c) => c.slug))).toEqual([
      ['next-year'],
      [],
    ])
  })
})

import { describe, expect, it } from 'vitest'

import {
  changesAtom,
  describeChange,
  diffStates,
  nextReleaseHistory,
  releaseHistorySchema,
  sessionStates,
} from '../src/changes'
import type { Snapshot } from '../src/snapshot'
import { programmeSnapshot } from './fixtures/programme'

function republished(
  change: (snapshot: Snapshot) => void,
  lastModified = '2020-04-26T09:00:00.000Z',
): Snapshot {
  const snapshot = programmeSnapshot()
  change(snapshot)
  snapshot.lastModified = lastModified
  return snapshot
}

describe('diffStates', () => {
  const kinds = (before: Snapshot, after: Snapshot) =>
    diffStates(sessionStates(before), sessionStates(after)).map((change) => [change.session, change.kind])

  it('finds nothing between two copies of the same programme', () => {
    expect(kinds(programmeSnapshot(), programmeSnapshot())).toEqual([])
  })

  it('tells new, moved, place, cancelled, speakers and removed apart', () => {
    const before = programmeSnapshot()
    const after = republished((snapshot) => {
      const [samara, moved] = snapshot.sessions
      samara!.start = '2020-04-29T15:00:00.000Z'
      samara!.end = '2020-04-29T16:30:00.000Z'
      samara!.participants.push({ expert: 2, role: 'expert', topic: { ru: null, en: null } })
      moved!.status = 'cancelled'
      snapshot.sessions[2] = { ...snapshot.sessions[2]!, id: 4, slug: 'novaya', status: 'scheduled' }
      snapshot.sessions.push({ ...samara!, id: 5, slug: 'eshchyo' })
    })
    expect(kinds(before, after)).toEqual([
      ['1', 'moved'],
      ['1', 'speakers'],
      ['2', 'cancelled'],
      ['4', 'new'],
      ['5', 'new'],
      ['3', 'removed'],
    ])
  })

  it('reports a change of hall as a new place, and a restored session as new again', () => {
    const before = programmeSnapshot()
    const after = republished((snapshot) => {
      snapshot.sessions[0]!.place.hall = { ru: 'Большой зал', en: null }
      snapshot.sessions[2]!.status = 'scheduled'
    })
    const changes = diffStates(sessionStates(before), sessionStates(after))
    expect(changes.map((change) => [change.session, change.kind])).toEqual([
      ['1', 'place'],
      ['3', 'new'],
    ])
    expect(describeChange(changes[0]!, 'ru', 'Europe/Moscow')).toBe(
      'Другое место: Студия 3 + online → Большой зал + online',
    )
  })

  it('says when and where a moved session goes, on the edition’s clock with its offset', () => {
    const after = republished((snapshot) => {
      snapshot.sessions[0]!.start = '2020-04-30T07:00:00.000Z'
    })
    const [moved] = diffStates(sessionStates(programmeSnapshot()), sessionStates(after))
    expect(describeChange(moved!, 'en', 'Europe/Moscow')).toBe(
      'Moved: 29.04.2020 17:20 UTC+3 → 30.04.2020 10:00 UTC+3',
    )
  })
})

describe('nextReleaseHistory', () => {
  it('starts the history with a first publication, dated by the snapshot', () => {
    const history = nextReleaseHistory(null, programmeSnapshot())
    expect(history.releases).toEqual([{ date: '2020-04-25T12:00:00.000Z', first: true, changes: [] }])
    expect(history.sessions.map((state) => state.id)).toEqual(['1', '2', '3'])
    expect(releaseHistorySchema.parse(JSON.parse(JSON.stringify(history)))).toEqual(history)
  })

  it('adds no release when the programme did not change, so rebuilds are identical', () => {
    const first = nextReleaseHistory(null, programmeSnapshot())
    const again = nextReleaseHistory(
      first,
      republished(() => {}),
    )
    expect(JSON.stringify(again)).toBe(JSON.stringify(first))
  })

  it('puts a release with the changes first', () => {
    const first = nextReleaseHistory(null, programmeSnapshot())
    const next = nextReleaseHistory(
      first,
      republished((snapshot) => {
        snapshot.sessions[0]!.status = 'cancelled'
      }),
    )
    expect(next.releases.map((release) => release.date)).toEqual([
      '2020-04-26T09:00:00.000Z',
      '2020-04-25T12:00:00.000Z',
    ])
    expect(next.releases[0]!.changes.map((change) => change.kind)).toEqual(['cancelled'])
    expect(next.sessions.find((state) => state.id === '1')?.status).toBe('cancelled')
  })
})

describe('changesAtom', () => {
  it('lists the releases of an edition, dated by content, escaping titles', () => {
    const first = nextReleaseHistory(null, programmeSnapshot())
    const history = nextReleaseHistory(
      first,
      republished((snapshot) => {
        snapshot.sessions[0]!.title.en = '<script>alert(1)</script>'
        snapshot.sessions[0]!.status = 'cancelled'
      }),
    )
    const snapshot = programmeSnapshot()
    const atom = changesAtom({
      history,
      edition: snapshot.editions[0]!,
      locale: 'en',
      site: new URL('https://programme.example.org'),
      title: 'MIES 2020: changes',
    })
    expect(atom).toContain('<updated>2020-04-26T09:00:00.000Z</updated>')
    expect(atom.match(/<entry>/g)).toHaveLength(2)
    expect(atom).toContain(
      'https://programme.example.org/en/mmso-2020/changes/#release-2020-04-26T09:00:00.000Z',
    )
    expect(atom).not.toContain('<script>')
  })
})

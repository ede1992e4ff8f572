import type { Snapshot, SnapshotPartner, StandSize } from '@programma/shared'
import { describe, expect, it } from 'vitest'

import {
  editionsWithExhibition,
  exhibitionOf,
  neighbourLinks,
  standOf,
  standsIn,
} from '../src/lib/exhibition'
import { exhibitionFilterValues, exhibitionValueLabel, narrowExhibition } from '../src/lib/exhibitionFilter'
import { exhibitionIndex } from '../src/lib/exhibitionIndex'
import { fitName, layoutMap } from '../src/lib/exhibitionMap'
import { exhibitionFilters } from '../src/lib/filterGroups'
import { Programme } from '../src/lib/programme'
import { standColour, standMapLabel } from '../src/lib/standLabels'
import { sampleSnapshot } from './sampleSnapshot'

const none = { ru: null, en: null }
const at = '2020-04-20T10:00:00.000Z'

function partner(
  id: number,
  alley: number | null,
  position: number,
  size: StandSize = 'medium',
): SnapshotPartner {
  return {
    id,
    slug: `partner-${id}`,
    name: { ru: `Партнёр номер ${id}`, en: null },
    logo: null,
    kind: 'company',
    level: 'exhibitor',
    editions: [1],
    description: { html: none, text: none },
    website: null,
    videoPresentation: null,
    products: [],
    contacts: [],
    materials: [],
    stand:
      alley === null ? null : { alley, position, number: `К-${position}`, size, featured: position === 2 },
    updatedAt: at,
  }
}

function withExhibition(): Snapshot {
  const snapshot = sampleSnapshot()
  snapshot.alleys = [
    {
      id: 2,
      slug: 'regiony',
      edition: 1,
      name: { ru: 'Аллея регионов', en: null },
      kind: 'region',
      colour: '#2b8a3e',
      order: 2,
      updatedAt: at,
    },
    {
      id: 1,
      slug: 'kompanii',
      edition: 1,
      name: { ru: 'Аллея компаний', en: null },
      kind: 'company',
      colour: '#1f5fbf',
      order: 1,
      updatedAt: at,
    },
  ]
  snapshot.partners = [
    partner(10, 1, 3, 'large'),
    partner(11, 1, 1, 'small'),
    partner(12, 1, 2),
    partner(13, 2, 1),
    partner(14, null, 0),
  ]
  snapshot.sessions[0]?.partners.push({ partner: 12, role: 'organiser' })
  return snapshot
}

describe('the exhibition', () => {
  it('lists alleys in map order and stands by position, with their sessions’ topics', () => {
    const snapshot = withExhibition()
    const alleys = exhibitionOf(snapshot, snapshot.editions[0] as Snapshot['editions'][number])
    expect(alleys.map((group) => group.alley.slug)).toEqual(['kompanii', 'regiony'])
    expect(alleys[0]?.stands.map((placed) => placed.partner.id)).toEqual([11, 12, 10])
    expect(alleys[0]?.stands[1]?.topics).toEqual(['distance-learning'])
    expect(alleys.flatMap((group) => group.stands).some((placed) => placed.partner.id === 14)).toBe(false)
  })

  it('is shown for the editions that have a stand, newest first', () => {
    const snapshot = withExhibition()
    const [edition] = snapshot.editions
    snapshot.editions.push({ ...edition!, id: 2, slug: 'mmso-2021', year: 2021 })
    snapshot.editions.push({ ...edition!, id: 3, slug: 'mmso-2019', year: 2019 })
    snapshot.alleys.push({ ...snapshot.alleys[0]!, id: 3, slug: 'old', edition: 3 })
    snapshot.partners.push({
      ...snapshot.partners[0]!,
      id: 15,
      slug: 'old-stand',
      stand: { ...snapshot.partners[0]!.stand!, alley: 3 },
    })
    expect(editionsWithExhibition(new Programme(snapshot)).map((one) => one.slug)).toEqual([
      'mmso-2020',
      'mmso-2019',
    ])
  })

  it('knows a stand’s neighbours along its alley', () => {
    const snapshot = withExhibition()
    const middle = standOf(snapshot, snapshot.partners[2] as SnapshotPartner)
    expect(middle?.alley.slug).toBe('kompanii')
    expect(middle?.neighbours.previous?.partner.id).toBe(11)
    expect(middle?.neighbours.next?.partner.id).toBe(10)
    const first = standOf(snapshot, snapshot.partners[1] as SnapshotPartner)
    expect(first?.neighbours.previous).toBeUndefined()
    expect(standOf(snapshot, snapshot.partners[4] as SnapshotPartner)).toBeUndefined()
  })
})

describe('the exhibition map', () => {
  const snapshot = withExhibition()
  const alleys = exhibitionOf(snapshot, snapshot.editions[0] as Snapshot['editions'][number])
  const layout = layoutMap(alleys, (placed) => placed.partner.name.ru ?? '')

  it('draws every stand once, in walking order, alternating sides of the walkway', () => {
    expect(layout.stands.map((box) => box.placed.partner.id)).toEqual([11, 12, 10, 13])
    expect(layout.stands.slice(0, 3).map((box) => box.side)).toEqual(['top', 'bottom', 'top'])
    expect(layout.bands).toHaveLength(2)
  })

  it('sizes stands by their size and never lets two overlap or leave the plan', () => {
    const [small, medium, large] = layout.stands
    expect(small && medium && large && small.width < medium.width && medium.width < large.width).toBe(true)
    for (const [index, a] of layout.stands.entries())
      for (const b of layout.stands.slice(index + 1)) {
        const apart =
          a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y
        expect(apart, `${a.placed.partner.slug} and ${b.placed.partner.slug}`).toBe(true)
      }
    for (const box of layout.stands) {
      expect(box.x + box.width).toBeLessThanOrEqual(layout.width)
      expect(box.y + box.height).toBeLessThanOrEqual(layout.height)
    }
  })

  it('wraps a long name onto the stand and cuts the rest with an ellipsis', () => {
    expect(fitName('Лицей «Вектор»', 128)).toEqual(['Лицей «Вектор»'])
    expect(fitName('Министерство образования', 100)).toEqual(['Министерство', 'образования'])
    expect(fitName('Политехнический колледж', 100)[0]).toBe('Политехниче-')
    const lines = fitName('Министерство образования и науки Самарской области', 100, 3)
    expect(lines).toHaveLength(3)
    expect(lines.at(-1)?.endsWith('…')).toBe(true)
    expect(lines.every((line) => line.length <= 13)).toBe(true)
  })
})

describe('the exhibition’s filters', () => {
  const snapshot = withExhibition()
  const edition = snapshot.editions[0] as Snapshot['editions'][number]
  const alleys = exhibitionOf(snapshot, edition)
  const slugs = (groups: typeof alleys) => standsIn(groups).map((placed) => placed.partner.slug)

  it('offer a page for every kind and topic some stand has', () => {
    expect(exhibitionFilterValues(alleys)).toEqual([
      { facet: 'kind', value: 'company' },
      { facet: 'topic', value: 'distance-learning' },
    ])
    expect(
      exhibitionValueLabel({ facet: 'kind', value: 'company' }, sampleSnapshot().vocabularies, 'en'),
    ).toBe('Company')
  })

  it('count the stands of each value and link to its page', () => {
    expect(
      exhibitionFilters(alleys, edition, sampleSnapshot().vocabularies, 'en').map((group) => [
        group.facet,
        group.values.map((item) => [item.value, item.count, item.href]),
      ]),
    ).toEqual([
      ['kind', [['company', 4, '/en/mmso-2020/exhibition/kind/company/']]],
      ['topic', [['distance-learning', 1, '/en/mmso-2020/exhibition/topic/distance-learning/']]],
    ])
  })

  it('narrow the list to the value and fade the other stands on the map', () => {
    const { listed, faded } = narrowExhibition(alleys, { facet: 'topic', value: 'distance-learning' })
    expect(listed.map((group) => group.alley.slug)).toEqual(['kompanii'])
    expect(slugs(listed)).toEqual(['partner-12'])
    expect([...faded]).toEqual(['partner-11', 'partner-10', 'partner-13'])
  })

  it('leave everything in and nothing faded without a filter', () => {
    const { listed, faded } = narrowExhibition(alleys, undefined)
    expect(slugs(listed)).toEqual(slugs(alleys))
    expect(faded.size).toBe(0)
  })
})

describe('a stand’s neighbours and labels', () => {
  const snapshot = withExhibition()
  const alleys = exhibitionOf(snapshot, snapshot.editions[0] as Snapshot['editions'][number])

  it('link the stands before and after, only those there are', () => {
    const first = standOf(snapshot, snapshot.partners[1] as SnapshotPartner)!
    expect(neighbourLinks(first.neighbours).map(({ rel, placed }) => [rel, placed.partner.id])).toEqual([
      ['next', 12],
    ])
    const middle = standOf(snapshot, snapshot.partners[2] as SnapshotPartner)!
    expect(neighbourLinks(middle.neighbours).map(({ rel }) => rel)).toEqual(['prev', 'next'])
  })

  it('tell a screen reader the number, name, alley, place and whether it is featured', () => {
    const [, featured] = standsIn(alleys)
    expect(standMapLabel(featured!, alleys, 'ru')).toBe(
      'К-2 Партнёр номер 12. Аллея компаний, место 2. Выделенный стенд',
    )
    expect(standColour(featured!, alleys)).toBe('#1f5fbf')
    expect(standColour(featured!, [])).toBe('#555555')
  })
})

describe('the exhibition index for the visitor’s route', () => {
  it('holds every placed stand with its pages in both languages', () => {
    const index = exhibitionIndex(withExhibition())
    expect(index.map((stand) => stand.slug)).toEqual(['partner-11', 'partner-12', 'partner-10', 'partner-13'])
    expect(index[0]).toMatchObject({
      id: '11',
      edition: 'mmso-2020',
      number: 'К-1',
      url: { ru: '/partners/partner-11/', en: '/en/partners/partner-11/' },
      map: {
        ru: '/mmso-2020/exhibition/#stand-partner-11',
        en: '/en/mmso-2020/exhibition/#stand-partner-11',
      },
    })
  })
})

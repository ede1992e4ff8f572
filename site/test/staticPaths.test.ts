import { describe, expect, it } from 'vitest'

import { refuseReservedSlugs } from '../src/lib/paths'
import { Programme } from '../src/lib/programme'
import {
  dayPaths,
  editionPaths,
  expertsWithSessions,
  inEachLocale,
  localePaths,
  partnersWithSessions,
  sessionPaths,
} from '../src/lib/staticPaths'
import { sampleSnapshot } from './sampleSnapshot'

describe('the static paths of the pages', () => {
  const data = new Programme(sampleSnapshot())

  it('give every page in Russian at the root and in English under /en/', () => {
    expect(localePaths(data)).toEqual([{ params: { locale: undefined } }, { params: { locale: 'en' } }])
  })

  it('ask for the pages once per language, by its code', () => {
    const asked: string[] = []
    const paths = inEachLocale(data, (code) => {
      asked.push(code)
      return [{ params: { slug: `page-${code}` }, props: { code } }]
    })
    expect(asked).toEqual(['ru', 'en'])
    expect(paths).toEqual([
      { params: { locale: undefined, slug: 'page-ru' }, props: { code: 'ru' } },
      { params: { locale: 'en', slug: 'page-en' }, props: { code: 'en' } },
    ])
  })

  it('make a page per edition and per day with sessions, carrying what the page shows', () => {
    const edition = data.editions()[0]
    expect(editionPaths(data).map((path) => [path.params, path.props.edition])).toEqual([
      [{ locale: undefined, edition: 'mmso-2020' }, edition],
      [{ locale: 'en', edition: 'mmso-2020' }, edition],
    ])
    expect(dayPaths(data).map((path) => path.params)).toEqual([
      { locale: undefined, edition: 'mmso-2020', day: '2020-04-29' },
      { locale: 'en', edition: 'mmso-2020', day: '2020-04-29' },
    ])
    expect(sessionPaths(data, data.snapshot.sessions).map((path) => path.params.slug)).toEqual([
      'samara',
      'samara',
    ])
  })

  it('give calendars only to the experts and partners who take part in a session', () => {
    const snapshot = sampleSnapshot()
    const [expert] = snapshot.experts
    snapshot.experts.push({ ...expert!, id: 2, slug: 'idle' })
    const withIdle = new Programme(snapshot)
    expect(expertsWithSessions(withIdle).map((one) => one.slug)).toEqual(['anna-petrova'])
    expect(partnersWithSessions(withIdle)).toEqual([])
  })
})

describe('edition slugs', () => {
  it('may not take over a section of the site', () => {
    expect(() => refuseReservedSlugs([{ slug: 'mmso-2020' }])).not.toThrow()
    expect(() => refuseReservedSlugs([{ slug: 'mmso-2020' }, { slug: 'experts' }])).toThrow(
      /"experts" clashes with a section/,
    )
  })
})

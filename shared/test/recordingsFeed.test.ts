import { describe, expect, it } from 'vitest'

import { recordingsAtom } from '../src/recordingsFeed'

const options = {
  title: 'Новые записи',
  page: 'https://example.org/recordings/',
  self: 'https://example.org/recordings.xml',
  locale: 'ru' as const,
  author: 'Программа салона',
  emptySince: '2026-11-23T00:52:24.136Z',
}

const entry = (slug: string, published: string, title = `Сессия ${slug}`) => ({
  title,
  url: `https://example.org/sessions/${slug}/#player`,
  published,
  summary: `Итоги ${slug}`,
})

describe('recordings feed', () => {
  it('lists the newest recording first and is dated by it, not by the clock', () => {
    const atom = recordingsAtom({
      ...options,
      entries: [entry('old', '2020-04-29T16:05:00.000Z'), entry('new', '2022-04-29T10:20:00.000Z')],
    })
    expect(atom.indexOf('/sessions/new/')).toBeLessThan(atom.indexOf('/sessions/old/'))
    expect(atom).toMatch(
      /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">\s*<id>https:\/\/example.org\/recordings\/<\/id>/,
    )
    expect(atom).toMatch(/<title>Новые записи<\/title>\s*<updated>2022-04-29T10:20:00.000Z<\/updated>/)
    expect(atom).toContain('<published>2020-04-29T16:05:00.000Z</published>')
    expect(atom).toContain('<link rel="self" href="https://example.org/recordings.xml"/>')
  })

  it('is the same for the same content', () => {
    const entries = [entry('a', '2020-04-29T16:05:00.000Z'), entry('b', '2020-04-29T16:05:00.000Z')]
    expect(recordingsAtom({ ...options, entries })).toBe(
      recordingsAtom({ ...options, entries: entries.reverse() }),
    )
  })

  it('takes its date from the content when there is no recording yet', () => {
    expect(recordingsAtom({ ...options, entries: [] })).toContain(
      '<updated>2026-11-23T00:52:24.136Z</updated>',
    )
  })

  it('escapes titles from the CMS, which the feed marks as HTML', () => {
    const atom = recordingsAtom({
      ...options,
      entries: [entry('x', '2020-04-29T16:05:00.000Z', '<img src=x onerror=alert(1)> & «школа»')],
    })
    expect(atom).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; «школа»')
    expect(atom).not.toContain('<img')
  })
})

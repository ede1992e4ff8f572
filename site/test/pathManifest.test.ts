import { useSiteLocales } from '@programma/shared'
import { describe, expect, it } from 'vitest'

import {
  currentPaths,
  nextManifest,
  parsePathManifest,
  redirectsFile,
  redirectsOf,
} from '../src/lib/pathManifest'
import { Programme } from '../src/lib/programme'
import { sampleSnapshot } from './sampleSnapshot'

function programmeWith(slug: string): Programme {
  const snapshot = sampleSnapshot()
  snapshot.sessions[0]!.slug = slug
  useSiteLocales(snapshot)
  return new Programme(snapshot)
}

const sessionKey = () => `session:${String(sampleSnapshot().sessions[0]!.id)}`

describe('the path manifest', () => {
  it('lists each session’s page and calendar in every language, keyed by id', () => {
    const paths = currentPaths(programmeWith('samara'))[sessionKey()]
    expect(paths).toEqual({
      'page:ru': '/sessions/samara/',
      'calendar:ru': '/calendar/sessions/samara.ics',
      'page:en': '/en/sessions/samara/',
      'calendar:en': '/en/calendar/sessions/samara.ics',
    })
  })

  it('redirects every former address of a renamed session to its new one, page and .ics', () => {
    const first = nextManifest(null, currentPaths(programmeWith('samara')))
    expect(redirectsOf(first)).toEqual([])
    const second = nextManifest(first, currentPaths(programmeWith('samara-2020')))
    expect(redirectsFile(redirectsOf(second))).toBe(
      [
        '/calendar/sessions/samara.ics /calendar/sessions/samara-2020.ics 301',
        '/en/calendar/sessions/samara.ics /en/calendar/sessions/samara-2020.ics 301',
        '/en/sessions/samara/ /en/sessions/samara-2020/ 301',
        '/sessions/samara/ /sessions/samara-2020/ 301',
        '',
      ].join('\n'),
    )
  })

  it('carries older redirects forward, to the newest address, through unchanged releases', () => {
    let manifest = nextManifest(null, currentPaths(programmeWith('a')))
    manifest = nextManifest(manifest, currentPaths(programmeWith('b')))
    manifest = nextManifest(manifest, currentPaths(programmeWith('c')))
    manifest = nextManifest(manifest, currentPaths(programmeWith('c')))
    const pages = redirectsOf(manifest).filter(({ from }) => from.startsWith('/sessions/'))
    expect(pages).toEqual([
      { from: '/sessions/a/', to: '/sessions/c/' },
      { from: '/sessions/b/', to: '/sessions/c/' },
    ])
    // Back to an earlier slug: that address is the page again, and the one in between leads to it.
    const back = nextManifest(manifest, currentPaths(programmeWith('a')))
    expect(redirectsOf(back).filter(({ from }) => from.startsWith('/sessions/'))).toEqual([
      { from: '/sessions/b/', to: '/sessions/a/' },
      { from: '/sessions/c/', to: '/sessions/a/' },
    ])
  })

  it('never redirects away from a page that exists, nor an address two documents once had', () => {
    const key = sessionKey()
    const manifest = nextManifest(
      {
        version: 1,
        entries: {
          [key]: { paths: { 'page:ru': '/sessions/old/' }, former: {} },
          'session:99': { paths: { 'page:ru': '/sessions/x/' }, former: { 'page:ru': ['/sessions/old/'] } },
          'session:98': { paths: { 'page:ru': '/sessions/y/' }, former: {} },
        },
      },
      {
        [key]: { 'page:ru': '/sessions/new/' },
        'session:99': { 'page:ru': '/sessions/x/' },
        'session:98': { 'page:ru': '/sessions/y/' },
        'session:97': { 'page:ru': '/sessions/old-z/' },
      },
    )
    expect(redirectsOf(manifest)).toEqual([])
    const taken = nextManifest(
      { version: 1, entries: { [key]: { paths: { 'page:ru': '/sessions/y/' }, former: {} } } },
      { [key]: { 'page:ru': '/sessions/new/' }, 'session:98': { 'page:ru': '/sessions/y/' } },
    )
    expect(redirectsOf(taken)).toEqual([])
  })

  it('reads back only what it wrote', () => {
    const manifest = nextManifest(null, currentPaths(programmeWith('samara')))
    expect(parsePathManifest(JSON.parse(JSON.stringify(manifest)))).toEqual(manifest)
    expect(parsePathManifest({ version: 2, entries: {} })).toBeNull()
    expect(parsePathManifest({ version: 1, entries: { x: { paths: { a: 1 }, former: {} } } })).toBeNull()
    expect(parsePathManifest('<!doctype html>')).toBeNull()
  })

  it('writes no line a path with spaces or a newline could break', () => {
    expect(
      redirectsFile([
        { from: '/sessions/a b/', to: '/sessions/c/' },
        { from: '/x\n/', to: '/y/' },
      ]),
    ).toBe('')
  })
})

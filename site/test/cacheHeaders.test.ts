import { headersFor, netlifyHeaderRules } from '@programma/tools/netlifyHeaders'
import { describe, expect, it } from 'vitest'

const IMMUTABLE = 'public, max-age=31536000, immutable'
const rules = netlifyHeaderRules()

const cacheOf = (pathname: string) => headersFor(rules, pathname)['cache-control']

describe('netlify.toml’s caching', () => {
  it('keeps files named by their content for a year', () => {
    for (const file of [
      '/_astro/Base.Bx3k9aQe.css',
      '/_astro/myProgramme.D1f2g3h4.js',
      '/pagefind/pagefind.ru_715d951bcc.pf_meta',
      '/pagefind/index/ru_1a2b3c4.pf_index',
      '/pagefind/fragment/ru_5d6e7f8.pf_fragment',
      '/pagefind/filter/ru_9a8b7c6.pf_filter',
    ])
      expect(cacheOf(file), file).toBe(IMMUTABLE)
  })

  it('lets pages and the files that keep their names across builds be revalidated', () => {
    for (const file of [
      '/',
      '/sessions/samara/',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/wasm.ru.pagefind',
      '/paths.json',
      '/programme-index.json',
    ])
      expect(cacheOf(file), file).toBeUndefined()
  })

  it('never gives one path Cache-Control from two rules, which Netlify could join into one value', () => {
    const caching = rules.filter((rule) => 'Cache-Control' in rule.values)
    for (const rule of caching) {
      const sample = rule.for.replaceAll('*', 'x').replace(/:\w+/g, 'x')
      const matching = caching.filter((other) => other.matches.test(sample)).map((other) => other.for)
      expect(matching, rule.for).toEqual([rule.for])
    }
  })
})

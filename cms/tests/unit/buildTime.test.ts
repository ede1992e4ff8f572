import { describe, expect, it } from 'vitest'

import { buildTime } from '../../src/components/siteBuild/messages'

describe('the site-build panel’s times', () => {
  it('shows when a build happened with the clock’s zone named, in either language', () => {
    const when = '2026-04-29T14:20:05.000Z'
    expect(buildTime(when, 'ru')).toMatch(/29\.04\.2026.*\d\d:\d\d:05.*(UTC|GMT|[A-Z]{3})/)
    expect(buildTime(when, 'en')).toMatch(/29\/04\/2026.*\d\d:\d\d:05.*(UTC|GMT|[A-Z]{3})/)
    expect(buildTime(null, 'en')).toBe('')
  })
})

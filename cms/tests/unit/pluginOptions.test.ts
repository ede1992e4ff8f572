import type { Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { programma } from '../../src/plugin'
import { timeZoneNamesOf } from '../../src/plugin/registry'

/** A host of its own: its users and media, one collection and the localization it chose. */
function host(overrides: Partial<Config> = {}): Config {
  return {
    collections: [
      { slug: 'accounts', auth: true, fields: [{ name: 'name', type: 'text' }] },
      { slug: 'images', upload: { staticDir: '/tmp/images' }, fields: [] },
      { slug: 'news', fields: [{ name: 'headline', type: 'text' }] },
    ],
    localization: { locales: ['en'], defaultLocale: 'en' },
    ...overrides,
  } as Config
}

const berlin = {
  users: 'accounts',
  media: 'images',
  timeZones: [{ value: 'Europe/Berlin', label: 'Berlin' }],
}

describe('programma(options) on a host of its own', () => {
  it('adds the programme beside what the host has, and the roles and image sizes it needs to its users and media', () => {
    const config = programma(berlin)(host())
    const slugs = (config.collections ?? []).map((collection) => collection.slug)
    expect(slugs).toEqual([
      'sessions',
      'editions',
      'forums',
      'experts',
      'partners',
      'alleys',
      'accounts',
      'images',
      'news',
    ])
    const accounts = config.collections?.find((collection) => collection.slug === 'accounts')
    expect(accounts?.fields.map((field) => ('name' in field ? field.name : ''))).toEqual(
      expect.arrayContaining(['name', 'role', 'forums']),
    )
    const images = config.collections?.find((collection) => collection.slug === 'images')
    const upload = images?.upload as { imageSizes: Array<{ name: string }>; staticDir: string }
    expect(upload.staticDir).toBe('/tmp/images')
    expect(upload.imageSizes.map((size) => size.name)).toContain('portrait')
    expect(config.globals?.map((global) => global.slug)).toEqual(['site-build', 'site-identity'])
    expect(config.admin?.timezones).toEqual({
      defaultTimezone: 'Europe/Berlin',
      supportedTimezones: [{ value: 'Europe/Berlin', label: 'Berlin' }],
    })
  })

  it('points Programma’s image fields at the host’s upload collection', () => {
    const config = programma(berlin)(host())
    const experts = config.collections?.find((collection) => collection.slug === 'experts')
    const identity = config.globals?.find((global) => global.slug === 'site-identity')
    expect(JSON.stringify(experts?.fields)).toContain('"relationTo":"images"')
    expect(JSON.stringify([experts?.fields, identity?.fields])).not.toContain('"relationTo":"media"')
  })

  it('leaves out the exhibition when a forum switches it off: no alleys, no stands', () => {
    const config = programma({ ...berlin, exhibition: false })(host())
    const slugs = (config.collections ?? []).map((collection) => collection.slug)
    expect(slugs).not.toContain('alleys')
    const partners = config.collections?.find((collection) => collection.slug === 'partners')
    expect(JSON.stringify(partners?.fields)).not.toContain('"name":"stand"')
    const withExhibition = programma(berlin)(host()).collections?.find((c) => c.slug === 'partners')
    expect(JSON.stringify(withExhibition?.fields)).toContain('"name":"stand"')
  })

  it('names Programma’s collections in the admin as the host calls them', () => {
    const config = programma({ ...berlin, labels: { sessions: { singular: 'Talk', plural: 'Talks' } } })(
      host(),
    )
    const sessions = config.collections?.find((collection) => collection.slug === 'sessions')
    expect(sessions?.labels).toEqual({ singular: 'Talk', plural: 'Talks' })
    const experts = config.collections?.find((collection) => collection.slug === 'experts')
    expect(experts?.labels?.plural).toMatchObject({ en: 'Experts' })
    expect(() =>
      programma({ ...berlin, labels: { talks: { singular: 'T', plural: 'Ts' } } } as never)(host()),
    ).toThrow(/labels for "talks", which Programma does not bring/)
  })

  it('renames Programma’s collections where the host needs its own slugs, relations and all', () => {
    const withOwnSessions = host()
    // The host keeps sign-in sessions of its own under the slug Programma would use.
    withOwnSessions.collections?.push({ slug: 'sessions', fields: [{ name: 'token', type: 'text' }] })
    const config = programma({ ...berlin, slugs: { sessions: 'talks', forums: 'tracks' } })(withOwnSessions)
    const find = (slug: string) => config.collections?.find((collection) => collection.slug === slug)
    const slugs = (config.collections ?? []).map((collection) => collection.slug)
    expect(slugs).toEqual(expect.arrayContaining(['talks', 'tracks', 'experts', 'sessions']))
    expect(slugs.filter((slug) => slug === 'sessions')).toHaveLength(1)
    expect(find('sessions')?.fields).toEqual([{ name: 'token', type: 'text' }])
    const talks = JSON.stringify(find('talks')?.fields)
    expect(talks).toContain('"relationTo":"tracks"')
    expect(talks).not.toContain('"relationTo":"forums"')
    expect(JSON.stringify(find('accounts')?.fields)).toContain('"relationTo":"tracks"')
    expect(find('talks')?.admin?.custom).toMatchObject({ programmaCollection: 'sessions' })
    expect(JSON.stringify(find('alleys')?.fields)).toContain('"collection":"partners"')
    const renamedPartners = programma({ ...berlin, slugs: { partners: 'sponsors' } })(host())
    const alleys = renamedPartners.collections?.find((collection) => collection.slug === 'alleys')
    expect(JSON.stringify(alleys?.fields)).toContain('"collection":"sponsors"')
  })

  it.each([
    [{ slugs: { talks: 'sessions' } }, /slugs for "talks", which Programma does not bring/],
    [{ slugs: { sessions: 'Talks' } }, /slugs\.sessions "Talks" is not a slug/],
    [{ slugs: { sessions: '' } }, /slugs\.sessions "" is not a slug/],
    [{ slugs: { sessions: 'experts' } }, /slugs give sessions and experts the same slug "experts"/],
    [
      { slugs: { sessions: 'news' } },
      /already has a collection "news", which Programma brings \(its sessions/,
    ],
  ])('refuses slugs it cannot use, naming them: %o', (options, message) => {
    expect(() => programma({ ...berlin, ...options } as never)(host())).toThrow(message)
  })

  it('takes the site-build target as an option, and refuses a contradictory or broken one', async () => {
    const { resolveOptions } = await import('../../src/plugin/options')
    const hook = resolveOptions(
      { ...berlin, siteBuild: { hookUrl: 'https://api.netlify.com/build_hooks/x' } },
      host(),
    )
    expect(hook.env).toMatchObject({ SITE_BUILD_HOOK_URL: 'https://api.netlify.com/build_hooks/x' })
    const local = resolveOptions(
      { ...berlin, siteBuild: { command: 'npm run build', cwd: '/srv/site' } },
      host(),
    )
    expect(local.env).toMatchObject({
      SITE_LOCAL_BUILD: '1',
      SITE_BUILD_COMMAND: 'npm run build',
      SITE_BUILD_CWD: '/srv/site',
    })
    expect(() => programma({ ...berlin, siteBuild: { hookUrl: 'ftp://x' } })(host())).toThrow(
      /siteBuild.hookUrl "ftp:\/\/x" is not an http\(s\) URL/,
    )
    expect(() =>
      programma({ ...berlin, siteBuild: { hookUrl: 'https://x.example', command: 'make' } as never })(host()),
    ).toThrow(/a hookUrl or a command, not both/)
  })

  it('adds no role field when the host maps its accounts to roles itself', () => {
    const config = programma({ ...berlin, roleOf: () => 'editor' })(host())
    const accounts = config.collections?.find((collection) => collection.slug === 'accounts')
    const names = accounts?.fields.map((field) => ('name' in field ? field.name : ''))
    expect(names).toEqual(expect.arrayContaining(['name', 'forums']))
    expect(names).not.toContain('role')
  })

  it('offers CSV import on a host of any locales, its columns in them', () => {
    const paths = (config: Config) => (config.endpoints ?? []).map((endpoint) => endpoint.path)
    expect(paths(programma(berlin)(host()))).toContain('/import/:collection')
    expect(paths(programma({ ...berlin, imports: true })(host()))).toContain('/export/:collection')
  })

  it('leaves out import and export when a forum switches them off', () => {
    const paths = (config: Config) => (config.endpoints ?? []).map((endpoint) => endpoint.path)
    const bilingual = host({ localization: { locales: ['ru', 'en'], defaultLocale: 'ru' } })
    expect(paths(programma(berlin)(bilingual))).toContain('/import/:collection')
    const without = programma({ ...berlin, imports: false })(bilingual)
    expect(paths(without).some((path) => path.startsWith('/import') || path.startsWith('/export'))).toBe(
      false,
    )
    expect(without.admin?.components?.views).not.toHaveProperty('import')
  })

  it.each([
    [{ ...berlin, exhibiton: false }, /unknown option "exhibiton"/],
    [
      { ...berlin, timeZones: [{ value: 'Europe/Berlinn', label: 'x' }] },
      /unknown time zone "Europe\/Berlinn"/,
    ],
    [{ ...berlin, defaultTimeZone: 'Asia/Almaty' }, /defaultTimeZone "Asia\/Almaty" is not one of timeZones/],
    [{ ...berlin, timeZones: [] }, /timeZones is empty/],
    [{ ...berlin, users: 'people' }, /no auth collection "people"/],
    [{ ...berlin, media: 'news' }, /no upload collection "news"/],
    [{ ...berlin, vocabularies: { themes: [] } }, /vocabularies has no list "themes"/],
    [
      { ...berlin, timeZones: [{ value: 'Europe/Berlin', label: 'Berlin', shortName: { fr: 'HEC' } }] },
      /timeZones "Europe\/Berlin" shortName has a label in "fr", which the host's localization lacks/,
    ],
    [
      { ...berlin, vocabularies: { topics: [{ value: 'Data Science', label: 'Data science' }] } },
      /vocabularies\.topics\[0\] "Data Science" is not a value of lower-case letters/,
    ],
    [
      {
        ...berlin,
        vocabularies: {
          topics: [
            { value: 'data', label: 'Data' },
            { value: 'data', label: 'Daten' },
          ],
        },
      },
      /vocabularies\.topics\[1\] "data" is listed twice/,
    ],
    [
      { ...berlin, vocabularies: { sessionLanguages: [{ value: 'German', label: 'German' }] } },
      /vocabularies\.sessionLanguages\[0\] "German" is not a language tag/,
    ],
    [{ ...berlin, vocabularies: { partnerKinds: [] } }, /vocabularies\.partnerKinds: may not be empty/],
    [
      { ...berlin, vocabularies: { topics: [{ value: 'data', label: { de: 'Daten' } }] } },
      /vocabularies\.topics\[0\] "data" has a label in "de", which the host's localization lacks/,
    ],
  ])('stops the start with a message naming what is wrong: %o', (options, message) => {
    expect(() => programma(options as never)(host())).toThrow(message)
  })

  it('refuses a host endpoint that answers what one of Programma’s answers, and keeps the others', () => {
    const own = { path: '/newsletter', method: 'post' as const, handler: () => Response.json({}) }
    const kept = programma(berlin)(host({ endpoints: [own] }))
    expect(kept.endpoints).toContain(own)
    const clash = { path: '/snapshot', method: 'get' as const, handler: () => Response.json({}) }
    expect(() => programma(berlin)(host({ endpoints: [clash] }))).toThrow(
      /already has an endpoint GET \/snapshot, which Programma brings/,
    )
  })

  it('refuses a host collection whose slug it brings, and a host without localization', () => {
    const clash = host()
    clash.collections?.push({ slug: 'sessions', fields: [] })
    expect(() => programma(berlin)(clash)).toThrow(/already has a collection "sessions"/)
    expect(() => programma(berlin)(host({ localization: false }))).toThrow(/no localization/)
  })

  it('offers the host’s own lists in the admin, with defaults for those it leaves out', () => {
    const config = programma({
      ...berlin,
      vocabularies: { topics: [{ value: 'open-data', label: 'Open data' }] },
    })(host({ localization: { locales: ['en', 'de'], defaultLocale: 'en' } }))
    const fieldsOf = (slug: string) =>
      JSON.stringify(config.collections?.find((c) => c.slug === slug)?.fields)
    expect(fieldsOf('sessions')).toContain(
      '{"label":{"en":"Open data","de":"Open data"},"value":"open-data"}',
    )
    expect(fieldsOf('sessions')).not.toContain('"audiences"')
    expect(fieldsOf('sessions')).toContain('{"label":{"en":"German","de":"Deutsch"},"value":"de"}')
    expect(fieldsOf('partners')).toContain('{"label":{"en":"Company","de":"Company"},"value":"company"}')
    expect(fieldsOf('alleys')).toContain('"value":"organisation"')
  })

  it('keeps the site’s names of zones for the snapshot, and only label and value for the admin', () => {
    const config = programma({
      ...berlin,
      timeZones: [
        { value: 'Europe/Berlin', label: 'Berlin', shortName: 'Berliner Zeit' },
        { value: 'Europe/London', label: 'London' },
      ],
    })(host())
    expect(config.admin?.timezones?.supportedTimezones).toEqual([
      { value: 'Europe/Berlin', label: 'Berlin' },
      { value: 'Europe/London', label: 'London' },
    ])
    expect(timeZoneNamesOf(config)).toEqual([{ timeZone: 'Europe/Berlin', name: { en: 'Berliner Zeit' } }])
  })
})

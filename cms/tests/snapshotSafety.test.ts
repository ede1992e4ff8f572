import { parseSnapshot } from '@programma/shared'
import { createLocalReq, type Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { snapshotEndpoint } from '../src/endpoints/snapshot'
import type { User } from '../src/payload-types'
import { buildSnapshot } from '../src/snapshot/buildSnapshot'
import { cmsWithFixtures } from './helpers/cmsWithFixtures'
import { TEST_DATABASES } from './helpers/payload'

/** What an editor (or a curator) may try to save; none of it may reach the snapshot. */
describe.each(TEST_DATABASES)('values the site could not build, on $name', (database) => {
  const cms = cmsWithFixtures(database)

  const as = (user: User) => ({ user: { ...user, collection: 'users' as const }, overrideAccess: false })

  async function refused(save: () => Promise<unknown>, field: string): Promise<void> {
    await expect(save()).rejects.toMatchObject({
      data: { errors: expect.arrayContaining([expect.objectContaining({ path: field })]) },
    })
  }

  async function snapshotStillBuilds(payload: Payload): Promise<void> {
    const snapshot = await buildSnapshot(payload)
    expect(() => parseSnapshot(snapshot)).not.toThrow()
  }

  it('refuses a link a browser would read as another address, in every kind of link field', async () => {
    const { payload, f } = cms
    const bad = 'https:/\\evil.example/'
    await refused(
      () =>
        payload.update({
          collection: 'sessions',
          id: f.publishedSession.id,
          data: { registrationUrl: bad },
          ...as(f.editor),
        }),
      'registrationUrl',
    )
    await refused(
      () =>
        payload.update({
          collection: 'editions',
          id: f.edition.id,
          data: { platformUrl: bad },
          ...as(f.editor),
        }),
      'platformUrl',
    )
    await refused(
      () =>
        payload.create({
          collection: 'partners',
          data: { name: 'Знайка', kind: 'company', website: bad },
          ...as(f.editor),
        }),
      'website',
    )
    await snapshotStillBuilds(payload)
  })

  it('refuses a time zone outside the allowed list, for an edition and for a curator’s own session', async () => {
    const { payload, f } = cms
    await refused(
      () =>
        payload.update({
          collection: 'editions',
          id: f.edition.id,
          data: { timeZone: 'Mars/Olympus' },
          ...as(f.editor),
        }),
      'timeZone',
    )
    await refused(
      () =>
        payload.update({
          collection: 'sessions',
          id: f.publishedSession.id,
          data: { start_tz: 'Mars/Olympus' as never },
          ...as(f.curator),
        }),
      'start_tz',
    )
    const stored = await payload.findByID({ collection: 'sessions', id: f.publishedSession.id })
    expect(stored.start_tz).toBe('Europe/Moscow')
    await snapshotStillBuilds(payload)
  })

  it('refuses an edition slug that is a section of the site, and never makes one from a title', async () => {
    const { payload, f } = cms
    for (const slug of ['media', 'en', 'experts', 'calendar', 'pagefind']) {
      await refused(
        () => payload.update({ collection: 'editions', id: f.edition.id, data: { slug }, ...as(f.editor) }),
        'slug',
      )
    }
    const made = await payload.create({
      collection: 'editions',
      data: { title: 'Media', year: 2031, format: 'online', startDate: '2031-04-01', endDate: '2031-04-02' },
      ...as(f.editor),
    })
    expect(made.slug).toBe('media-2')
    await snapshotStillBuilds(payload)
  })

  it('names the document and the field when stored data cannot make a snapshot', async () => {
    const { payload, f } = cms
    await payload.db.updateOne({
      collection: 'sessions',
      id: f.publishedSession.id,
      data: { registrationUrl: 'https:/\\evil.example/' },
      req: await createLocalReq({}, payload),
    })
    try {
      const response = await snapshotEndpoint.handler((await createLocalReq({}, payload)) as never)
      expect(response.status).toBe(500)
      const body = (await response.json()) as { error: string }
      expect(body.error).toMatch(/the programme snapshot cannot be built/)
      expect(body.error).toContain(
        `sessions "${f.publishedSession.slug}" (id ${f.publishedSession.id}) → registrationUrl`,
      )
    } finally {
      await payload.db.updateOne({
        collection: 'sessions',
        id: f.publishedSession.id,
        data: { registrationUrl: null },
        req: await createLocalReq({}, payload),
      })
    }
  })
})

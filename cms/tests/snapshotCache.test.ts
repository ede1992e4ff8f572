import { describe, expect, it } from 'vitest'

import { cachedSnapshot } from '../src/snapshot/cache'
import { contentVersion } from '../src/snapshot/contentVersion'
import { SEED_CONTEXT } from '../src/seed/upsert'
import { cmsWithFixtures } from './helpers/cmsWithFixtures'
import { TEST_DATABASES } from './helpers/payload'

describe.each(TEST_DATABASES)('the snapshot, built once per content change, on $name', (database) => {
  const cms = cmsWithFixtures(database)

  it('serves the same build while nothing changes, and one build to requests that come together', async () => {
    const [first, second] = await Promise.all([cachedSnapshot(cms.payload), cachedSnapshot(cms.payload)])
    expect(second).toBe(first)
    expect(await cachedSnapshot(cms.payload)).toBe(first)
  })

  it('builds again after a change to any collection it is made from, deletions included', async () => {
    const before = await cachedSnapshot(cms.payload)
    await cms.payload.update({
      collection: 'sessions',
      id: cms.f.publishedSession.id,
      data: { place: { hall: 'Зал «Снимок»' } },
      context: SEED_CONTEXT,
    })
    const afterSave = await cachedSnapshot(cms.payload)
    expect(afterSave).not.toBe(before)
    expect(afterSave.body).toContain('Зал «Снимок»')
    expect(afterSave.etag).not.toBe(before.etag)

    const versionBefore = await contentVersion(cms.payload)
    await cms.payload.delete({ collection: 'experts', id: cms.f.draftExpert.id, context: SEED_CONTEXT })
    expect(await contentVersion(cms.payload)).not.toBe(versionBefore)
  })
})

import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

import { createFixtures, type Fixtures } from './fixtures'
import { startPayload, stopPayload, type TestDatabase } from './payload'

export interface StartedCms {
  payload: Payload
  /** The fixtures' editions, forums, people and sessions. */
  f: Fixtures
}

/**
 * Starts a CMS on `database` with the fixtures before the tests of the enclosing `describe`,
 * and stops it after them. The fields are filled once `beforeAll` has run.
 */
export function cmsWithFixtures(database: TestDatabase): StartedCms {
  const started = {} as StartedCms
  beforeAll(async () => {
    started.payload = await startPayload(database)
    started.f = await createFixtures(started.payload)
  })
  afterAll(() => stopPayload(started.payload))
  return started
}

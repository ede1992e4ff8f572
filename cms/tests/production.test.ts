import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { resetLoginThrottle } from '../src/auth/loginThrottle'
import type { Env } from '../src/config/runtime'
import { refuseDemoAccountsInProduction } from '../src/config/startupChecks'
import { seedDemoAccounts } from '../src/seed/demoAccounts'
import { startPayload, stopPayload, TEST_DATABASES } from './helpers/payload'

describe.each(TEST_DATABASES)('production safety on $name', (database) => {
  let payload: Payload

  beforeAll(async () => {
    payload = await startPayload(database)
  })
  afterAll(() => stopPayload(payload))

  it('starts in production when there is no demo account', async () => {
    await expect(
      refuseDemoAccountsInProduction(payload, { NODE_ENV: 'production' } as Env),
    ).resolves.toBeUndefined()
  })

  it('refuses to start in production while demo accounts exist', async () => {
    await seedDemoAccounts(payload)
    await expect(refuseDemoAccountsInProduction(payload, { NODE_ENV: 'production' } as Env)).rejects.toThrow(
      /demo account/,
    )
  })

  it('lets the local demo keep them', async () => {
    await expect(
      refuseDemoAccountsInProduction(payload, {
        NODE_ENV: 'production',
        PROGRAMMA_MODE: 'local',
      } as Env),
    ).resolves.toBeUndefined()
  })

  it('makes a caller wait after five failed logins, and locks no account', async () => {
    const email = 'editor@demo.programma.local'
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await expect(
        payload.login({ collection: 'users', data: { email, password: 'wrong-password' } }),
      ).rejects.toThrow()
    }
    await expect(
      payload.login({ collection: 'users', data: { email, password: 'programma-demo' } }),
    ).rejects.toThrow(/Too many sign-in attempts/)
    resetLoginThrottle()
    const user = await payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      showHiddenFields: true,
    })
    expect((user.docs[0] as { lockUntil?: string | null } | undefined)?.lockUntil ?? null).toBeNull()
    await expect(
      payload.login({ collection: 'users', data: { email, password: 'programma-demo' } }),
    ).resolves.toMatchObject({ user: { email } })
  })
})

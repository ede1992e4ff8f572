import type { Payload, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import {
  ATTEMPTS_PER_ACCOUNT_AND_ADDRESS,
  ATTEMPTS_PER_ADDRESS,
  resetLoginThrottle,
} from '../src/auth/loginThrottle'
import { createFixtures, type Fixtures } from './helpers/fixtures'
import { startPayloadWithConfig, stopPayload, TEST_DATABASES } from './helpers/payload'
import { routes } from './helpers/routes'

/** Sign-ins over the REST route as Next serves it, each from the address it names. */
describe.each(TEST_DATABASES)('sign-in attempts on $name', (database) => {
  let payload: Payload
  let config: Promise<SanitizedConfig>
  let f: Fixtures

  beforeAll(async () => {
    ;({ payload, config } = await startPayloadWithConfig(database))
    f = await createFixtures(payload)
  })
  afterAll(() => stopPayload(payload))
  beforeEach(() => resetLoginThrottle())

  async function login(email: string, password: string, from: string) {
    const started = performance.now()
    const response = await routes(config).post(
      'users/login',
      { email, password },
      { 'x-forwarded-for': from },
    )
    return { status: response.status, body: await response.text(), ms: performance.now() - started }
  }

  it('never locks an account: its owner signs in after a stranger failed many times', async () => {
    for (let attempt = 0; attempt < 12; attempt += 1) {
      expect((await login(f.admin.email, 'wrong-password', '203.0.113.7')).status).not.toBe(200)
    }
    const owner = await login(f.admin.email, 'correct-horse-battery', '198.51.100.20')
    expect(owner.status).toBe(200)
    expect(owner.body).not.toMatch(/locked|заблокир/i)
  })

  it('makes an address wait after too many attempts on one account, and says so in both languages', async () => {
    for (let attempt = 0; attempt < ATTEMPTS_PER_ACCOUNT_AND_ADDRESS; attempt += 1) {
      expect((await login(f.editor.email, 'wrong-password', '203.0.113.8')).status).toBe(401)
    }
    const refused = await login(f.editor.email, 'correct-horse-battery', '203.0.113.8')
    expect(refused.status).toBe(429)
    expect(refused.body).toMatch(/Слишком много попыток входа.*Too many sign-in attempts/)
    expect((await login(f.editor.email, 'correct-horse-battery', '198.51.100.21')).status).toBe(200)
  })

  it('limits one address across accounts', async () => {
    const statuses: number[] = []
    for (let attempt = 0; attempt <= ATTEMPTS_PER_ADDRESS; attempt += 1) {
      statuses.push((await login(`nobody-${attempt}@example.test`, 'wrong-password', '203.0.113.9')).status)
    }
    expect(statuses.slice(0, ATTEMPTS_PER_ADDRESS).every((status) => status === 401)).toBe(true)
    expect(statuses.at(-1)).toBe(429)
  })

  it('counts failures only: a team signing in all day from one office is never refused', async () => {
    for (let attempt = 0; attempt <= ATTEMPTS_PER_ADDRESS; attempt += 1) {
      expect((await login(f.editor.email, 'correct-horse-battery', '198.51.100.50')).status).toBe(200)
    }
  })

  it('answers an unknown address as it answers a known one, in about the same time', async () => {
    const known: number[] = []
    const unknown: number[] = []
    for (let round = 0; round < 4; round += 1) {
      const a = await login(f.curator.email, 'wrong-password', `192.0.2.${round}`)
      const b = await login(`stranger-${round}@example.test`, 'wrong-password', `192.0.2.${round + 100}`)
      expect(b.status).toBe(a.status)
      expect(b.body).toBe(a.body)
      known.push(a.ms)
      unknown.push(b.ms)
    }
    const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? 0
    // Not a timing budget: the two medians must be of the same order, where they differed 4× before.
    expect(median(unknown) / median(known)).toBeGreaterThan(0.5)
    console.log(
      `sign-in with a wrong password, median: known ${median(known).toFixed(0)} ms, unknown ${median(unknown).toFixed(0)} ms`,
    )
  })
})

import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runImport } from '../src/imports/runImport'
import { MONGODB_IMPORT_MAX_CHANGES } from '../src/imports/transactionLimit'
import { startPayload, stopPayload, TEST_DATABASES } from './helpers/payload'

const mongo = TEST_DATABASES.find((database) => database.name === 'mongodb')

/** The lifetime MongoDB gives a transaction by default; an import must end well within it. */
const TRANSACTION_LIFETIME_MS = 60_000

/**
 * What only a real replica set can show (TEST_MONGODB_URI): the largest import one
 * transaction takes, timed, and a write the server refuses. Skipped, and said so by the
 * global setup, without it.
 */
describe.skipIf(!mongo)('a CMS on the MongoDB replica set of TEST_MONGODB_URI', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await startPayload(mongo!)
  })
  afterAll(() => stopPayload(payload))

  const expertsCsv = (count: number, prefix: string) =>
    new TextEncoder().encode(
      [
        'slug;name_ru;name_en;published',
        ...Array.from(
          { length: count },
          (_, index) => `${prefix}-${index};Эксперт ${index};Expert ${index};да`,
        ),
      ].join('\n'),
    )

  it(
    `imports ${MONGODB_IMPORT_MAX_CHANGES} rows, the most one import may change, within half a transaction's lifetime`,
    async () => {
      const req = await createLocalReq({}, payload)
      const started = performance.now()
      const report = await runImport(req, 'experts', expertsCsv(MONGODB_IMPORT_MAX_CHANGES, 'largest'), {
        apply: true,
        asServer: true,
      })
      const seconds = (performance.now() - started) / 1000
      console.log(
        `MongoDB: ${MONGODB_IMPORT_MAX_CHANGES} experts imported in one transaction in ${seconds.toFixed(1)} s`,
      )
      expect(report.error).toBeUndefined()
      expect(report.applied).toBe(true)
      expect(seconds * 1000).toBeLessThan(TRANSACTION_LIFETIME_MS / 2)
      const stored = await payload.count({ collection: 'experts', where: { slug: { like: 'largest-' } } })
      expect(stored.totalDocs).toBe(MONGODB_IMPORT_MAX_CHANGES)
    },
    TRANSACTION_LIFETIME_MS * 2,
  )

  it('answers a write the primary refuses with the bilingual 503 and keeps nothing of the save', async (context) => {
    const admin = (payload.db.connection.db ?? context.skip()).admin()
    const failPoint = {
      configureFailPoint: 'failCommand',
      mode: { times: 1 },
      data: { failCommands: ['insert'], errorCode: 10107 },
    }
    const enabled = await admin.command(failPoint).then(
      () => true,
      () => false,
    )
    if (!enabled) {
      console.log(
        'MongoDB fault test SKIPPED: the server does not run with enableTestCommands=1 (failCommand).',
      )
      context.skip()
    }
    const before = await payload.count({ collection: 'experts' })
    const failure = await payload
      .create({ collection: 'experts', data: { name: 'Не сохранится' } })
      .catch((error: unknown) => error)
    await admin.command({ configureFailPoint: 'failCommand', mode: 'off' })
    expect(failure).toMatchObject({ status: 503 })
    expect((failure as Error).message).toMatch(/The database is not answering/)
    expect((await payload.count({ collection: 'experts' })).totalDocs).toBe(before.totalDocs)
  })
})

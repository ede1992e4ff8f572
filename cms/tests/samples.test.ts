import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parseCsv } from '../src/imports/parse'
import { runImport } from '../src/imports/runImport'
import { IMPORT_COLLECTIONS } from '../src/imports/specs'
import { buildDemoProgramme } from '../src/seed/demo'
import { seedProgramme } from '../src/seed/seedProgramme'
import { startPayload, stopPayload, TEST_DATABASES } from './helpers/payload'

const SAMPLES = path.resolve(import.meta.dirname, '../samples')

describe.each(TEST_DATABASES)('the sample CSVs of the demo programme on $name', (database) => {
  let payload: Payload

  beforeAll(async () => {
    payload = await startPayload(database)
    await seedProgramme(payload, buildDemoProgramme(), { images: 'none' })
  })
  afterAll(() => stopPayload(payload))

  it.each(IMPORT_COLLECTIONS)('%s import into the demo and change nothing', async (collection) => {
    const bytes = new Uint8Array(readFileSync(path.join(SAMPLES, `${collection}.csv`)))
    const report = await runImport(await createLocalReq({}, payload), collection, bytes, {
      apply: false,
      asServer: true,
    })
    expect(report.error).toBeUndefined()
    expect(report).toMatchObject({ encoding: 'utf-8', delimiter: ';' })
    const records = parseCsv(bytes).rows.length
    expect(records).toBeGreaterThan(40)
    expect(report.counts).toEqual({ create: 0, update: 0, unchanged: records, reject: 0 })
  })
})

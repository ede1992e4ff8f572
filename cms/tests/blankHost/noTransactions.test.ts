import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createLocalReq, getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runImport } from '../../src/imports/runImport'
import { blankHostConfig, SPEAKERS } from './config'

const EXPERTS = '\uFEFFslug;name_en;published\r\ngrace-hartmann;Grace Hartmann;yes\r\n'

describe('CSV import on a host whose database opens no transactions (Payload’s SQLite adapter alone)', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'programma-blank-no-transactions-'))
  const config = blankHostConfig(`file:${path.join(folder, 'host.db')}`, path.join(folder, 'files'), {
    serialWrites: false,
  })
  let payload: Payload

  beforeAll(async () => {
    payload = await getPayload({ config, key: `blank-host-no-transactions-${folder}` })
  }, 180_000)

  afterAll(async () => {
    await payload?.destroy()
    rmSync(folder, { recursive: true, force: true })
  })

  it('refuses the import with what to set, and writes nothing', async () => {
    const req = await createLocalReq({}, payload)
    const bytes = new TextEncoder().encode(EXPERTS)
    await expect(runImport(req, 'experts', bytes, { apply: true, asServer: true })).rejects.toMatchObject({
      status: 501,
      message: expect.stringMatching(/withSerialWrites.*replica set/),
    })
    expect((await payload.count({ collection: SPEAKERS })).totalDocs).toBe(0)
  })
})

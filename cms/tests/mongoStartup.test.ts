import { createLocalReq, type Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { runImport } from '../src/imports/runImport'
import { MONGODB_IMPORT_MAX_CHANGES } from '../src/imports/transactionLimit'
import { type Answer, startWireServer, type WireServer } from './helpers/mongoWire'
import { startPayload, stopPayload, type TestDatabase } from './helpers/payload'

/**
 * The real driver, mongoose and Payload against a server on loopback that speaks MongoDB's wire
 * protocol and answers as a standalone server, a replica set's primary, or one that fails a
 * write the way MongoDB does. What MongoDB itself does under load is for TEST_MONGODB_URI.
 */
const QUICK = 'serverSelectionTimeoutMS=1500'

const on = (server: WireServer, query: string): TestDatabase => ({
  name: 'mongodb',
  uri: () => server.uri('programma', query),
})

describe('a CMS on a MongoDB that is no replica set', () => {
  let server: WireServer
  afterEach(() => server.close())

  it('refuses to start, naming DATABASE_URI and what to check', async () => {
    server = await startWireServer()
    const started = startPayload(on(server, `replicaSet=rs0&${QUICK}`))
    await expect(started).rejects.toThrow(
      /^DATABASE_URI: the CMS could not connect to the MongoDB replica set "rs0" \(Server selection timed out/,
    )
    await expect(started).rejects.toThrow(/rs\.initiate\(\)/)
  })

  it('is refused before any connection when the URI names no replica set', async () => {
    server = await startWireServer({ setName: 'rs0' })
    await expect(startPayload(on(server, QUICK))).rejects.toThrow(/^DATABASE_URI .*names no replica set/)
    expect(server.received).toEqual([])
  })
})

describe('a CMS on a MongoDB replica set', () => {
  let server: WireServer
  let payload: Payload
  /** What the server answers to the next writes, instead of taking them. */
  let failWrites: ((name: string) => Record<string, unknown> | undefined) | undefined

  const answer: Answer = (name) => {
    if (!['insert', 'update', 'delete', 'findAndModify'].includes(name)) return undefined
    return failWrites?.(name)
  }

  beforeAll(async () => {
    server = await startWireServer({ setName: 'rs0', answer })
    payload = await startPayload(on(server, `replicaSet=rs0&${QUICK}`))
  })
  afterAll(async () => {
    failWrites = undefined
    await stopPayload(payload).catch(() => undefined)
    await server.close()
  })
  afterEach(() => {
    failWrites = undefined
  })

  const createExpert = () => payload.create({ collection: 'experts', data: { name: 'Эксперт' } })

  it('starts, runs a save in a transaction of the set, and commits it through a majority', async () => {
    server.received.length = 0
    await createExpert()
    const inserts = server.received.filter((command) => 'insert' in command)
    expect(inserts.length).toBeGreaterThan(0)
    for (const insert of inserts) expect(insert).toMatchObject({ autocommit: false })
    const start = server.received.find((command) => command.startTransaction === true)
    expect(start).toMatchObject({ readConcern: { level: 'majority' } })
    const commit = server.received.find((command) => 'commitTransaction' in command)
    expect(commit).toMatchObject({ writeConcern: { w: 'majority' }, maxTimeMS: 15_000 })
    for (const command of [start, ...inserts]) {
      expect(command).toMatchObject({ lsid: commit?.lsid, txnNumber: commit?.txnNumber })
    }
  })

  it.each([
    [
      'no primary',
      { ok: 0, code: 10107, codeName: 'NotWritablePrimary', errmsg: 'not primary' },
      /База данных сейчас не отвечает.*The database is not answering/,
    ],
    [
      'a primary stepping down',
      { ok: 0, code: 189, codeName: 'PrimarySteppedDown', errmsg: 'stepping down' },
      /The database is not answering/,
    ],
    [
      'a full disk',
      { ok: 0, code: 14031, codeName: 'OutOfDiskSpace', errmsg: 'out of disk space' },
      /на диске с базой данных нет места.*the disk holding the database is full/,
    ],
    [
      'a write conflict',
      { ok: 0, code: 112, codeName: 'WriteConflict', errmsg: 'write conflict' },
      /busy with another save/,
    ],
  ])('answers %s with the bilingual 503, and rolls the save back', async (_, reply, message) => {
    failWrites = () => reply
    server.received.length = 0
    const failure = await createExpert().catch((error: unknown) => error)
    expect(failure).toMatchObject({ status: 503 })
    expect((failure as Error).message).toMatch(message)
    expect(server.commands()).toContain('abortTransaction')
    expect(server.commands()).not.toContain('commitTransaction')
  })

  it('refuses an import larger than one transaction holds, writing nothing', async () => {
    const rows = Array.from(
      { length: MONGODB_IMPORT_MAX_CHANGES + 1 },
      (_, index) => `expert-${index};Эксперт ${index};Expert ${index};да`,
    )
    const csv = ['slug;name_ru;name_en;published', ...rows].join('\n')
    server.received.length = 0
    const req = await createLocalReq({}, payload)
    const report = await runImport(req, 'experts', new TextEncoder().encode(csv), {
      apply: true,
      asServer: true,
    })
    expect(report.applied).toBe(false)
    expect(report.counts.create).toBe(MONGODB_IMPORT_MAX_CHANGES + 1)
    expect(report.error).toMatch(/one MongoDB transaction holds at most 500: nothing was imported/)
    expect(server.commands()).not.toContain('insert')
  })

  it('tells editors the database is unavailable once the server is gone', async () => {
    await server.close()
    const failure = await createExpert().catch((error: unknown) => error)
    expect(failure).toMatchObject({ status: 503 })
    expect((failure as Error).message).toMatch(/The database is not answering/)
  })
})

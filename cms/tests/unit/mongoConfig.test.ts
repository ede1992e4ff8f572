import path from 'node:path'

import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Config, Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { databaseAdapter, parseDatabaseUri } from '../../src/config/database'
import { MONGODB_TRANSACTION_OPTIONS } from '../../src/config/mongoAdapter'
import { replicaSetProblem, uriReplicaSet } from '../../src/config/mongoReplicaSet'
import { pendingMigrations } from '../../src/config/mongoStart'
import { migrations as mongoMigrations } from '../../src/migrations-mongodb'
import { programma } from '../../src/plugin'
import { transactionLimitProblem, MONGODB_IMPORT_MAX_CHANGES } from '../../src/imports/transactionLimit'

const CMS = path.resolve(import.meta.dirname, '../..')
const REPLICA_SET_URI = 'mongodb://db1.example.net,db2.example.net,db3.example.net/programma?replicaSet=rs0'

/** The adapter Payload would get, built without a server (Payload connects only later). */
function mongoAdapterFor(uri: string): MongooseAdapter {
  const adapterObj = databaseAdapter(uri)
  return adapterObj.init({ payload: {} as Payload }) as unknown as MongooseAdapter
}

describe('a MongoDB DATABASE_URI', () => {
  it('must name its replica set, or the CMS refuses it naming DATABASE_URI', () => {
    for (const uri of ['mongodb://db1.example.net/programma', 'mongodb://db1,db2/programma?w=majority']) {
      expect(() => parseDatabaseUri(uri)).toThrow(/^DATABASE_URI .*names no replica set.*replicaSet=<name>/)
    }
    expect(parseDatabaseUri(REPLICA_SET_URI)).toEqual({ kind: 'mongodb', url: REPLICA_SET_URI })
    expect(uriReplicaSet(REPLICA_SET_URI)).toBe('rs0')
  })

  it('on mongodb+srv may get its replica set from DNS: the server is asked at start instead', () => {
    expect(parseDatabaseUri('mongodb+srv://cms:pw@cluster0.example.net/programma').kind).toBe('mongodb')
    expect(uriReplicaSet('mongodb+srv://cms:pw@cluster0.example.net/programma')).toBeUndefined()
  })

  it('does not repeat the password when refused', () => {
    expect(() => parseDatabaseUri('mongodb://cms:hunter2@db1.example.net/programma')).toThrow(
      /^(?!.*hunter2)/,
    )
  })
})

describe('the MongoDB adapter', () => {
  it('keeps its migrations in a folder of its own, apart from SQLite’s', () => {
    const mongo = mongoAdapterFor(REPLICA_SET_URI)
    expect(mongo.name).toBe('mongoose')
    expect(mongo.migrationDir).toBe(path.join(CMS, 'src/migrations-mongodb'))
    const sqlite = databaseAdapter(`file:${path.join(CMS, '.data', 'unit-never-opened.db')}`)
    expect(sqlite.name).toBe('sqlite')
  })

  it('runs transactions that read and commit through a majority of the set', () => {
    const adapter = mongoAdapterFor(REPLICA_SET_URI)
    expect(adapter.transactionOptions).toEqual(MONGODB_TRANSACTION_OPTIONS)
    expect(adapter.transactionOptions).toMatchObject({
      writeConcern: { w: 'majority' },
      readConcern: { level: 'majority' },
      readPreference: 'primary',
    })
    expect(adapter.beginTransaction).toBeTypeOf('function')
  })

  it('confirms writes by a majority and gives up on a missing primary in 10 s, unless the URI says otherwise', () => {
    expect(mongoAdapterFor(REPLICA_SET_URI).connectOptions).toMatchObject({
      w: 'majority',
      serverSelectionTimeoutMS: 10_000,
    })
    const own = mongoAdapterFor(`${REPLICA_SET_URI}&w=2&serverSelectionTimeoutMS=3000`).connectOptions
    expect(own).not.toHaveProperty('w')
    expect(own).not.toHaveProperty('serverSelectionTimeoutMS')
  })

  it('checks the deployment once the connection opens', () => {
    expect(mongoAdapterFor(REPLICA_SET_URI).afterOpenConnection).toBeTypeOf('function')
  })
})

describe('the replica-set check at start', () => {
  const member = { setName: 'rs0' }

  it('lets a replica set the connection names through', () => {
    expect(replicaSetProblem(member, 'rs0')).toBeUndefined()
  })

  it('refuses a standalone server, saying how to make it a replica set', () => {
    const problem = replicaSetProblem({}, undefined)
    expect(problem).toMatch(/^DATABASE_URI points at a MongoDB server that is not a member of a replica set/)
    expect(problem).toMatch(/--replSet.*rs\.initiate\(\).*\?replicaSet=<name>/)
  })

  it('refuses a replica set the connection does not name, giving the name to add', () => {
    expect(replicaSetProblem(member, undefined)).toMatch(
      /^DATABASE_URI reaches the replica set "rs0".*replicaSet=rs0/,
    )
  })

  it('refuses a mongos router', () => {
    expect(replicaSetProblem({ msg: 'isdbgrid' }, undefined)).toMatch(
      /^DATABASE_URI points at a mongos router/,
    )
  })
})

describe('MongoDB migrations', () => {
  it('are listed in their own folder’s index, each with up and down', () => {
    for (const migration of mongoMigrations) {
      expect(migration.name).toMatch(/^\d{8}_\d{6}_/)
      expect(migration.up).toBeTypeOf('function')
      expect(migration.down).toBeTypeOf('function')
    }
  })

  it('not yet run are named, in order', () => {
    const known = [
      { name: '20270101_000000_a' },
      { name: '20270102_000000_b' },
      { name: '20270103_000000_c' },
    ]
    expect(pendingMigrations(known, ['20270101_000000_a'])).toEqual([
      '20270102_000000_b',
      '20270103_000000_c',
    ])
    expect(
      pendingMigrations(
        known,
        known.map((migration) => migration.name),
      ),
    ).toEqual([])
  })
})

describe('the size of one import', () => {
  const mongo = { db: { name: 'mongoose' } } as Pick<Payload, 'db'>
  const sqlite = { db: { name: 'sqlite' } } as Pick<Payload, 'db'>

  it('on MongoDB is held to what one transaction fits, with a message saying how to split it', () => {
    expect(transactionLimitProblem(mongo, MONGODB_IMPORT_MAX_CHANGES)).toBeUndefined()
    const problem = transactionLimitProblem(mongo, MONGODB_IMPORT_MAX_CHANGES + 1)
    expect(problem).toContain(`${MONGODB_IMPORT_MAX_CHANGES + 1}`)
    expect(problem).toMatch(/Split the file into parts of 500 rows or fewer/)
    expect(problem).toMatch(/^Файл меняет/)
  })

  it('on SQLite is not limited', () => {
    expect(transactionLimitProblem(sqlite, 10_000)).toBeUndefined()
  })
})

describe('scheduled jobs among several CMS instances', () => {
  const host = {
    collections: [
      { slug: 'users', auth: true, fields: [] },
      { slug: 'media', upload: { staticDir: '/tmp/programma-unit-media' }, fields: [] },
    ],
    localization: { locales: ['en'], defaultLocale: 'en' },
  } as unknown as Config
  const withJobs = (value: string | undefined) =>
    programma({ env: value === undefined ? {} : { PROGRAMMA_JOBS: value } })(host)
  const runsHere = (value: string | undefined) =>
    (withJobs(value).jobs?.shouldAutoRun as (payload: Payload) => boolean)({} as Payload)

  it('run in this server by default and with PROGRAMMA_JOBS=on, not with off', () => {
    expect(runsHere(undefined)).toBe(true)
    expect(runsHere('on')).toBe(true)
    expect(runsHere('off')).toBe(false)
  })

  it('stop the start on any other PROGRAMMA_JOBS, naming it', async () => {
    const config = withJobs('runner')
    await expect(config.onInit?.({} as Payload)).rejects.toThrow(/^PROGRAMMA_JOBS "runner" is not valid/)
    expect(() => runsHere('1')).toThrow(/PROGRAMMA_JOBS "1" is not valid/)
  })
})

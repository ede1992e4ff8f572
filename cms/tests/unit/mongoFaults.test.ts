import {
  MongoNetworkTimeoutError,
  MongoServerError,
  MongoServerSelectionError,
  MongoWriteConcernError,
} from 'mongodb'
import mongoose from 'mongoose'
import { APIError } from 'payload'
import { describe, expect, it } from 'vitest'

import { storageFailure, storageFault } from '../../src/config/storageErrors'

const serverError = (code: number, errmsg = 'failed') => new MongoServerError({ ok: 0, code, errmsg })

describe('MongoDB storage faults', () => {
  it.each([
    ['NotWritablePrimary', serverError(10107, 'not primary')],
    ['PrimarySteppedDown', serverError(189)],
    ['InterruptedDueToReplStateChange', serverError(11602)],
    ['ShutdownInProgress', serverError(91)],
    ['MaxTimeMSExpired on commit', serverError(50)],
    [
      'no server to select',
      new MongoServerSelectionError('Server selection timed out after 10000 ms', { error: null } as never),
    ],
    ['a network timeout', new MongoNetworkTimeoutError('connection 3 to 10.0.0.1:27017 timed out')],
    [
      'a majority that does not confirm',
      new MongoWriteConcernError({
        ok: 1,
        writeConcernError: { code: 64, errmsg: 'waiting for replication timed out' },
      }),
    ],
    [
      'mongoose giving up on a lost connection',
      new mongoose.Error.MongooseServerSelectionError('Could not connect'),
    ],
  ])('%s: the database is unavailable', (_, error) => {
    expect(storageFault(error)).toBe('unavailable')
  })

  it.each([
    ['OutOfDiskSpace', serverError(14031)],
    ['WiredTiger out of space', serverError(1, 'WiredTiger error (28) No space left on device')],
    ['an Atlas quota', serverError(8000, 'you are over your space quota, using 513 MB of 512 MB')],
  ])('%s: the disk is full', (_, error) => {
    expect(storageFault(error)).toBe('full')
  })

  it.each([
    ['WriteConflict', serverError(112)],
    ['an aborted transaction', serverError(251)],
  ])('%s: busy with another save', (_, error) => {
    expect(storageFault(error)).toBe('busy')
  })

  it.each([
    ['TransactionExceededLifetimeLimitSeconds', serverError(290)],
    ['TransactionTooLarge', serverError(257)],
    ['TransactionTooLargeForCache', serverError(388)],
  ])('%s: the transaction is too large', (_, error) => {
    expect(storageFault(error)).toBe('tooLarge')
  })

  it('found under a cause, as Payload wraps it', () => {
    expect(storageFault(new Error('save failed', { cause: serverError(10107) }))).toBe('unavailable')
  })

  it.each([
    ['a duplicate key', serverError(11000, 'E11000 duplicate key')],
    ['a bad query', serverError(2, 'unknown operator: $foo')],
    ['an error of the same code number outside MongoDB', Object.assign(new Error('x'), { code: 10107 })],
  ])('%s is no storage fault', (_, error) => {
    expect(storageFault(error)).toBeUndefined()
  })

  it('reach editors as a 503 in both languages, the driver’s error kept as the cause', () => {
    const cause = serverError(10107, 'not primary')
    const failure = storageFailure('write', cause) as APIError
    expect(failure).toBeInstanceOf(APIError)
    expect(failure.status).toBe(503)
    expect(failure.message).toMatch(/^База данных сейчас не отвечает.* — The database is not answering/)
    expect(failure.cause).toBe(cause)
    expect((storageFailure('write', serverError(14031)) as APIError).message).toMatch(
      /disk holding the database is full/,
    )
  })
})

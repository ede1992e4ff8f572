import type { StorageFault } from './storageErrors'

/**
 * MongoDB's server error codes that mean the storage, not the request, is at fault
 * (src/mongo/base/error_codes.yml in the server's source; the Node driver keeps the
 * replica-set ones as MONGODB_ERROR_CODES).
 */
const SERVER_CODES: Record<number, StorageFault> = {
  // No primary to write to, or it is stepping down or shutting down: a new one is elected in seconds.
  6: 'unavailable', // HostUnreachable
  7: 'unavailable', // HostNotFound
  50: 'unavailable', // MaxTimeMSExpired: a commit waited longer than maxCommitTimeMS
  64: 'unavailable', // WriteConcernTimeout: a majority of the members did not confirm the write
  89: 'unavailable', // NetworkTimeout
  91: 'unavailable', // ShutdownInProgress
  133: 'unavailable', // FailedToSatisfyReadPreference
  189: 'unavailable', // PrimarySteppedDown
  262: 'unavailable', // ExceededTimeLimit
  9001: 'unavailable', // SocketException
  10107: 'unavailable', // NotWritablePrimary
  11600: 'unavailable', // InterruptedAtShutdown
  11602: 'unavailable', // InterruptedDueToReplStateChange
  13435: 'unavailable', // NotPrimaryNoSecondaryOk
  13436: 'unavailable', // NotPrimaryOrSecondary
  // Another save changed the same document first: the later one is refused, not merged.
  24: 'busy', // LockTimeout
  46: 'busy', // LockBusy
  112: 'busy', // WriteConflict
  251: 'busy', // NoSuchTransaction: the transaction was aborted under it (failover, conflict)
  // The disk is full, or the hosting's storage quota is used up.
  14031: 'full', // OutOfDiskSpace
  // One transaction holds more than the server lets it.
  257: 'tooLarge', // TransactionTooLarge
  290: 'tooLarge', // TransactionExceededLifetimeLimitSeconds (60 s by default)
  388: 'tooLarge', // TransactionTooLargeForCache
}

/** The driver's (and mongoose's) own errors for a server it cannot reach or that does not answer. */
const UNREACHABLE_NAMES = new Set([
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoOperationTimeoutError',
  'MongoTopologyClosedError',
  'MongoWriteConcernError',
])

const MESSAGES: Array<[RegExp, StorageFault]> = [
  // WiredTiger reports ENOSPC in the message of an InternalError; Atlas has its own quota error.
  [/no space left on device|over your space quota|disk (is )?full/i, 'full'],
  // mongoose queues commands while disconnected and gives up after bufferTimeoutMS.
  [/buffering timed out/i, 'unavailable'],
]

interface MongoLike {
  name?: unknown
  code?: unknown
  message?: unknown
  errorLabels?: unknown
}

/** The storage fault one MongoDB (driver or mongoose) error stands for, if any. */
export function mongoFault(error: MongoLike): StorageFault | undefined {
  const name = typeof error.name === 'string' ? error.name : ''
  if (!/^Mongo/.test(name)) return undefined
  if (typeof error.code === 'number' && SERVER_CODES[error.code]) return SERVER_CODES[error.code]
  if (UNREACHABLE_NAMES.has(name)) return 'unavailable'
  const message = typeof error.message === 'string' ? error.message : ''
  const byMessage = MESSAGES.find(([pattern]) => pattern.test(message))?.[1]
  if (byMessage) return byMessage
  // The driver labels what a retry of the whole transaction would fix.
  return Array.isArray(error.errorLabels) && error.errorLabels.includes('TransientTransactionError')
    ? 'busy'
    : undefined
}

import { pbkdf2 } from 'node:crypto'
import { promisify } from 'node:util'

import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook } from 'payload'

import { clientAddress } from './clientAddress'
import { SlidingWindowCounter } from './slidingWindow'

const WINDOW_MS = 15 * 60 * 1000
/** Failed sign-ins one address may make, whatever the accounts. */
export const ATTEMPTS_PER_ADDRESS = 30
/** Failed sign-ins on one account from one address before it has to wait; its owner elsewhere never does. */
export const ATTEMPTS_PER_ACCOUNT_AND_ADDRESS = 5

interface Throttle {
  byAddress: SlidingWindowCounter
  byAccountAndAddress: SlidingWindowCounter
}

const KEY = Symbol.for('programma.loginThrottle')
const store = globalThis as typeof globalThis & { [KEY]?: Throttle }

function throttle(): Throttle {
  store[KEY] ??= {
    byAddress: new SlidingWindowCounter(WINDOW_MS),
    byAccountAndAddress: new SlidingWindowCounter(WINDOW_MS),
  }
  return store[KEY]
}

/** Forgets every attempt: for tests that start a fresh CMS in one process. */
export function resetLoginThrottle(): void {
  store[KEY] = undefined
}

function tooMany(retryAfterMs: number): APIError {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000))
  return new APIError(
    `Слишком много попыток входа с этого адреса. Попробуйте через ${minutes} мин. — Too many sign-in attempts from this address. Try again in ${minutes} min.`,
    429,
  )
}

const emailOf = (data: unknown): string =>
  String((data as { email?: unknown } | undefined)?.email ?? '')
    .trim()
    .toLowerCase()

/**
 * Before every sign-in: refused (429) once the address has tried too often, or has tried this
 * account too often. The account itself is never locked, so no one can lock an admin out.
 */
export const throttleLogin: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const address = clientAddress(req.headers)
  const pair = `${emailOf((args as { data?: unknown }).data)}|${address}`
  const { byAddress, byAccountAndAddress } = throttle()
  if (byAddress.count(address) >= ATTEMPTS_PER_ADDRESS) throw tooMany(byAddress.retryAfterMs(address))
  if (byAccountAndAddress.count(pair) >= ATTEMPTS_PER_ACCOUNT_AND_ADDRESS) {
    throw tooMany(byAccountAndAddress.retryAfterMs(pair))
  }
  byAddress.add(address)
  byAccountAndAddress.add(pair)
  return args
}

/**
 * Every attempt is counted before it is checked; a successful one is taken back from the
 * address's count and clears the account's, so only failures add up.
 */
export const forgetAttemptsOnLogin: CollectionAfterLoginHook = ({ req, user }) => {
  const email = String((user as { email?: unknown }).email ?? '').toLowerCase()
  const address = clientAddress(req.headers)
  throttle().byAddress.removeLatest(address)
  throttle().byAccountAndAddress.clear(`${email}|${address}`)
  return user
}

const derive = promisify(pbkdf2)
const DUMMY_SALT = 'programma-no-such-account'

/**
 * Payload answers at once for an address it does not know, and only after hashing for one it
 * does: the difference tells which addresses have accounts. The same work is done here first
 * for an unknown address (Payload's current hash parameters), so both take as long.
 */
export const hashForUnknownAccount: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
  collection,
}) => {
  if (operation !== 'login') return args
  const email = emailOf((args as { data?: unknown }).data)
  const found = await req.payload.db.findOne({
    collection: collection.slug,
    where: { email: { equals: email } },
    req,
  })
  if (!found) {
    const password = String((args as { data?: { password?: unknown } }).data?.password ?? '')
    await derive(password, DUMMY_SALT, 600_000, 32, 'sha256')
  }
  return args
}

import type { CollectionBeforeOperationHook, CollectionConfig, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { measureWhere, type WhereSize } from './whereSize'

/**
 * The largest page served to a caller who is not signed in, over REST and GraphQL; a larger
 * `limit`, `limit=0` or `pagination=false` is served as a page of this size (the answer's
 * `limit`, `hasNextPage` and `totalPages` say so). The public site reads the snapshot, not
 * these lists. The team is not capped: the admin's bulk actions ask for `limit=0`.
 */
export const ANONYMOUS_PAGE_LIMIT = 100

/** The largest `where` anyone may send: beyond it SQLite fails (or works very hard) on the query. */
export const WHERE_LIMITS: WhereSize = { conditions: 100, nesting: 6 }

interface Paged {
  limit?: number
  pagination?: boolean
  where?: unknown
  joins?: Record<string, false | { limit?: number; where?: unknown }>
}

function fromOutside(req: PayloadRequest): boolean {
  return req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL'
}

function refuseLargeWhere(where: unknown): void {
  if (where === undefined || where === null) return
  const size = measureWhere(where, WHERE_LIMITS)
  if (size.conditions <= WHERE_LIMITS.conditions && size.nesting <= WHERE_LIMITS.nesting) return
  throw new APIError(
    `Слишком сложный фильтр where: допустимо не больше ${WHERE_LIMITS.conditions} условий и ${WHERE_LIMITS.nesting} уровней and/or; разбейте запрос на несколько. — ` +
      `The where filter is too large: at most ${WHERE_LIMITS.conditions} conditions and ${WHERE_LIMITS.nesting} levels of and/or; split the query.`,
    400,
    undefined,
    true,
  )
}

/** `limit=abc` reaches Payload as text, which its SQL adapter reads as no limit at all. */
function cappedLimit(limit: unknown, unpaged: boolean): number | undefined {
  if (limit === undefined && !unpaged) return undefined
  if (unpaged || typeof limit !== 'number' || !Number.isFinite(limit) || limit <= 0)
    return ANONYMOUS_PAGE_LIMIT
  return Math.min(limit, ANONYMOUS_PAGE_LIMIT)
}

function cappedJoins(joins: Paged['joins']): Paged['joins'] {
  if (!joins || typeof joins !== 'object') return joins
  return Object.fromEntries(
    Object.entries(joins).map(([path, join]) => [
      path,
      join === false ? false : { ...join, limit: cappedLimit(join.limit, false) },
    ]),
  )
}

/**
 * Bounds what one REST or GraphQL request may ask of a collection: a `where` of at most
 * WHERE_LIMITS for everyone, and pages (joins' too) of at most ANONYMOUS_PAGE_LIMIT for
 * callers who are not signed in. Requests the CMS makes itself (the Local API) are not bounded.
 */
export const limitRequest: CollectionBeforeOperationHook = ({ args, req }) => {
  if (!fromOutside(req)) return args
  const paged = args as Paged
  refuseLargeWhere(paged.where)
  for (const join of Object.values(paged.joins ?? {})) if (join) refuseLargeWhere(join.where)
  if (req.user) return args
  const unpaged = paged.pagination === false
  return {
    ...args,
    ...('limit' in paged || unpaged ? { limit: cappedLimit(paged.limit, unpaged), pagination: true } : {}),
    ...(paged.joins ? { joins: cappedJoins(paged.joins) } : {}),
  } as typeof args
}

export function withRequestLimits(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [limitRequest, ...(collection.hooks?.beforeOperation ?? [])],
    },
  }
}

import { isDeepStrictEqual } from 'node:util'

import type { CollectionBeforeChangeHook } from 'payload'

import type { Session } from '../../payload-types'

/** Changes that subscribers must hear about: they raise the iCal SEQUENCE. */
export const MATERIAL_FIELDS = ['title', 'start', 'end', 'place', 'status', 'stream'] as const

function normalize(value: unknown): unknown {
  if (value === undefined || value === '') return null
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) {
    const instant = new Date(value)
    return Number.isNaN(instant.getTime()) ? value : instant.toISOString()
  }
  if (Array.isArray(value)) return value.map(normalize)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'id')
        .map(([key, inner]) => [key, normalize(inner)])
        .filter(([, inner]) => inner !== null),
    )
  }
  return value
}

export function changedMaterialFields(incoming: Partial<Session>, previous: Session | undefined): string[] {
  if (!previous) return []
  return MATERIAL_FIELDS.filter(
    (field) =>
      field in incoming && !isDeepStrictEqual(normalize(incoming[field]), normalize(previous[field])),
  )
}

/**
 * Keeps a session's revision counter: 0 when created, one higher on every save that
 * changes a material field. Editors never set it by hand.
 */
export const bumpRevisionOnMaterialChange: CollectionBeforeChangeHook<Session> = ({
  data,
  originalDoc,
  operation,
}) => {
  const previousRevision = originalDoc?.revision ?? 0
  if (operation === 'create') return { ...data, revision: 0 }
  const changed = changedMaterialFields(data, originalDoc)
  return { ...data, revision: changed.length > 0 ? previousRevision + 1 : previousRevision }
}

/** When a session's start moves, the old start is kept so readers can see what changed. */
export const rememberPreviousStart: CollectionBeforeChangeHook<Session> = ({
  data,
  originalDoc,
  operation,
}) => {
  if (operation !== 'update' || !originalDoc?.start || !data.start) return data
  const before = new Date(originalDoc.start).getTime()
  const after = new Date(data.start).getTime()
  if (before === after) return data
  return { ...data, previousStart: originalDoc.start }
}

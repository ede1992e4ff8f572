import { z } from 'zod'

import { SESSION_STATUSES } from '../vocabulary'

const instant = z.iso.datetime({ offset: true })
/** The session's title in every language it had, by locale code. */
const title = z.record(z.string(), z.string().nullable())

/** What attendees care about in a session, kept from one release to the next. */
export const sessionStateSchema = z.object({
  id: z.string(),
  edition: z.string(),
  slug: z.string(),
  title,
  start: instant,
  end: instant,
  status: z.enum(SESSION_STATUSES.map((status) => status.value) as ['scheduled', 'moved', 'cancelled']),
  place: z.string(),
  participants: z.array(z.string()),
})

export const CHANGE_KINDS = ['new', 'moved', 'place', 'cancelled', 'speakers', 'removed'] as const

export const changeSchema = z.object({
  kind: z.enum(CHANGE_KINDS),
  session: z.string(),
  edition: z.string(),
  slug: z.string(),
  title,
  before: sessionStateSchema.pick({ start: true, end: true, place: true }).nullable(),
  after: sessionStateSchema.pick({ start: true, end: true, place: true }).nullable(),
})

export const releaseSchema = z.object({
  /** The snapshot's lastModified: releases are dated by the content, never by the build clock. */
  date: instant,
  first: z.boolean(),
  changes: z.array(changeSchema),
})

/** The published /changes.json: releases newest first, and the state the next build compares with. */
export const releaseHistorySchema = z.object({
  version: z.literal(1),
  releases: z.array(releaseSchema),
  sessions: z.array(sessionStateSchema),
})

export type SessionState = z.infer<typeof sessionStateSchema>
export type ChangeKind = (typeof CHANGE_KINDS)[number]
export type Change = z.infer<typeof changeSchema>
export type Release = z.infer<typeof releaseSchema>
export type ReleaseHistory = z.infer<typeof releaseHistorySchema>

import type { Conflict, ConflictEdition, ConflictSession } from '@programma/shared'
import { findConflicts } from '@programma/shared'
import type { PayloadRequest, TypedLocale, Where } from 'payload'

import { curatedForumIds, hasRole } from '../access/roles'
import { slugOf } from '../plugin/registry'
import { hostLocalesOf } from '../snapshot/inLocales'

type Id = string | number

interface StoredSession {
  id: Id
  title?: string | null
  start?: string | null
  end?: string | null
  status?: string | null
  edition?: Id | null
  forum?: Id | null
  place?: { hall?: string | null } | null
  participants?: Array<{ expert?: Id | null; role?: string | null }> | null
}

function idOf(value: unknown): Id | null {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: Id }).id
  return typeof value === 'string' || typeof value === 'number' ? value : null
}

function toConflictSession(doc: StoredSession): ConflictSession {
  return {
    id: doc.id,
    title: doc.title ?? `#${doc.id}`,
    start: doc.start ?? '',
    end: doc.end ?? '',
    status: doc.status,
    hall: doc.place?.hall,
    edition: idOf(doc.edition),
    forum: idOf(doc.forum),
    participants: (doc.participants ?? []).flatMap((participant) => {
      const expert = idOf(participant.expert)
      return expert === null ? [] : [{ expert, role: participant.role ?? '' }]
    }),
  }
}

/** The language conflicts name sessions and experts in: the host's default. */
const namesLocale = (req: PayloadRequest) => hostLocalesOf(req.payload).defaultLocale as TypedLocale

/** The sessions as editors see them: the latest version of each, drafts included. */
async function loadSessions(req: PayloadRequest, where?: Where): Promise<ConflictSession[]> {
  const { docs } = await req.payload.find({
    collection: slugOf(req.payload.config, 'sessions'),
    where,
    draft: true,
    depth: 0,
    pagination: false,
    locale: namesLocale(req),
    overrideAccess: true,
    req,
    select: {
      title: true,
      start: true,
      end: true,
      status: true,
      edition: true,
      forum: true,
      place: true,
      participants: true,
    },
  })
  return (docs as unknown as StoredSession[]).map(toConflictSession)
}

async function loadEditions(req: PayloadRequest): Promise<ConflictEdition[]> {
  const { docs } = await req.payload.find({
    collection: slugOf(req.payload.config, 'editions'),
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    locale: namesLocale(req),
  })
  return docs as unknown as ConflictEdition[]
}

async function expertNames(req: PayloadRequest, experts: Id[]): Promise<Map<string, string>> {
  const { docs } = await req.payload.find({
    collection: slugOf(req.payload.config, 'experts'),
    where: { id: { in: experts } },
    draft: true,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    locale: namesLocale(req),
    select: { name: true },
  })
  return new Map(docs.map((expert) => [String(expert.id), String(expert.name ?? `#${expert.id}`)]))
}

/** The experts some conflict is about, with their ids as stored. */
function bookedExperts(sessions: ConflictSession[], conflicts: Conflict[]): Id[] {
  const named = new Set(
    conflicts.flatMap((conflict) => (conflict.expert === undefined ? [] : [conflict.expert])),
  )
  const stored = sessions.flatMap((session) => session.participants.map((participant) => participant.expert))
  return [...new Set(stored.filter((expert) => named.has(String(expert))))]
}

/** Names are read only for the few experts a conflict is about, not for everyone in the programme. */
async function conflictsAmong(req: PayloadRequest, sessions: ConflictSession[]): Promise<Conflict[]> {
  const editions = await loadEditions(req)
  const unnamed = findConflicts(sessions, { editions })
  const experts = bookedExperts(sessions, unnamed)
  if (experts.length === 0) return unnamed
  return findConflicts(sessions, { editions, expertNames: await expertNames(req, experts) })
}

/** A curator is shown the conflicts that touch one of its forums' sessions. */
function visibleTo(req: PayloadRequest, sessions: ConflictSession[]) {
  if (hasRole(req, 'admin', 'editor')) return () => true
  const own = new Set(curatedForumIds(req).map(String))
  const forumOf = new Map(sessions.map((session) => [String(session.id), String(session.forum)]))
  return (conflict: Conflict) => conflict.sessions.some((id) => own.has(forumOf.get(String(id)) ?? ''))
}

/** Every conflict in the programme now. */
export async function allConflicts(req: PayloadRequest): Promise<Conflict[]> {
  const sessions = await loadSessions(req)
  const conflicts = await conflictsAmong(req, sessions)
  return conflicts.filter(visibleTo(req, sessions))
}

/** The conflicts one session is part of: only sessions overlapping it in time are read. */
export async function conflictsOfSession(req: PayloadRequest, id: Id): Promise<Conflict[]> {
  const [session] = await loadSessions(req, { id: { equals: id } })
  if (!session?.start || !session.end) return []
  const neighbours = await loadSessions(req, {
    and: [{ start: { less_than: session.end } }, { end: { greater_than: session.start } }],
  })
  const sessions = [session, ...neighbours.filter((other) => String(other.id) !== String(id))]
  const conflicts = await conflictsAmong(req, sessions)
  return conflicts
    .filter((conflict) => conflict.sessions.some((other) => String(other) === String(id)))
    .filter(visibleTo(req, sessions))
}

import type { Access, PayloadRequest, Where } from 'payload'

import { referencedMedia } from '../snapshot/mediaUse'
import { curatedForumIds, hasRole } from './roles'
import { slugOf } from '../plugin/registry'

type Doc = Record<string, unknown>

const NOTHING: Where = { id: { exists: false } }

const idOf = (value: unknown): string | undefined => {
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return typeof value === 'number' || typeof value === 'string' ? String(value) : undefined
}

async function everything(
  req: PayloadRequest,
  collection: 'sessions' | 'experts' | 'partners',
  select: Record<string, true>,
) {
  const { docs } = await req.payload.find({
    collection: slugOf(req.payload.config, collection),
    select,
    draft: collection === 'sessions',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs as unknown as Doc[]
}

const expertsOf = (session: Doc): string[] =>
  (Array.isArray(session.participants) ? (session.participants as Doc[]) : [])
    .map((participant) => idOf(participant.expert))
    .filter((id): id is string => id !== undefined)

interface Scope {
  experts: Set<string>
  media: Set<string>
}

/**
 * What a curator's forums use and nothing else does: experts who speak only in its forums'
 * sessions (latest versions, drafts included), and images used only by those experts and
 * sessions. Changing anything else would change another forum's programme.
 */
async function curatorScope(req: PayloadRequest): Promise<Scope> {
  const forums = new Set(curatedForumIds(req).map(String))
  const [sessions, experts, partners] = await Promise.all([
    everything(req, 'sessions', { forum: true, participants: true, materials: true }),
    everything(req, 'experts', { photo: true }),
    everything(req, 'partners', { logo: true, materials: true }),
  ])
  const own = sessions.filter((session) => forums.has(idOf(session.forum) ?? ''))
  const others = sessions.filter((session) => !forums.has(idOf(session.forum) ?? ''))
  const elsewhere = new Set(others.flatMap(expertsOf))
  const scopeExperts = new Set(own.flatMap(expertsOf).filter((id) => !elsewhere.has(id)))
  const inScope = (expert: Doc) => scopeExperts.has(String(expert.id))
  const usedHere = referencedMedia([...own, ...experts.filter(inScope)])
  const usedElsewhere = referencedMedia([
    ...others,
    ...partners,
    ...experts.filter((expert) => !inScope(expert)),
  ])
  return { experts: scopeExperts, media: new Set([...usedHere].filter((id) => !usedElsewhere.has(id))) }
}

function within(ids: Set<string>, id: number | string | undefined): boolean | Where {
  if (id !== undefined) return ids.has(String(id))
  return ids.size > 0 ? { id: { in: [...ids] } } : NOTHING
}

/** Editors change any expert; a curator those who speak only in its forums. */
export const canUpdateExpert: Access = async ({ req, id }) => {
  if (hasRole(req, 'admin', 'editor')) return true
  if (!hasRole(req, 'curator')) return false
  return within((await curatorScope(req)).experts, id)
}

/** Editors change any image; a curator those only its forums' experts and sessions use. */
export const canChangeMedia: Access = async ({ req, id }) => {
  if (hasRole(req, 'admin', 'editor')) return true
  if (!hasRole(req, 'curator')) return false
  return within((await curatorScope(req)).media, id)
}

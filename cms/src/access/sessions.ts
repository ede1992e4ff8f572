import type { Access, Where } from 'payload'

import { curatedForumIds, hasRole } from './roles'

function forumIdOf(value: unknown): number | string | undefined {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return typeof value === 'number' || typeof value === 'string' ? value : undefined
}

/** A curator creates sessions in its own forums only. */
export const canCreateSession: Access = ({ req, data }) => {
  if (hasRole(req, 'admin', 'editor')) return true
  if (!hasRole(req, 'curator')) return false
  const forum = forumIdOf((data as { forum?: unknown } | undefined)?.forum)
  if (forum === undefined) return true
  return curatedForumIds(req).map(String).includes(String(forum))
}

/** A curator edits the sessions of its forums and no others. */
export const canUpdateSession: Access = ({ req }) => {
  if (hasRole(req, 'admin', 'editor')) return true
  if (!hasRole(req, 'curator')) return false
  return { forum: { in: curatedForumIds(req) } }
}

export { forumIdOf }

/** Readers see published sessions; a curator works on its own forums' sessions only. */
export const canReadSession: Access = ({ req }): boolean | Where => {
  if (hasRole(req, 'admin', 'editor')) return true
  if (hasRole(req, 'curator')) return { forum: { in: curatedForumIds(req) } }
  return { _status: { equals: 'published' } }
}

/** The history of a session is for the team; a curator sees its own forums' only. */
export const canReadSessionVersions: Access = ({ req }): boolean | Where => {
  if (hasRole(req, 'admin', 'editor')) return true
  if (hasRole(req, 'curator')) return { 'version.forum': { in: curatedForumIds(req) } }
  return false
}

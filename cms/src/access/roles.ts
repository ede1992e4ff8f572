import type { Access, PayloadRequest } from 'payload'

import { hostCollectionsOf } from '../plugin/registry'

export const ROLES = ['admin', 'editor', 'curator'] as const
export type Role = (typeof ROLES)[number]

interface StaffUser {
  role?: Role | null
  forums?: Array<number | string | { id: number | string }> | null
}

/** The account's role: the host's mapping when it gave one (option roleOf), else Programma's field. */
function roleOf(req: PayloadRequest): Role | undefined {
  const user = req.user as StaffUser | null | undefined
  if (!user) return undefined
  const mapped = hostCollectionsOf(req.payload.config).roleOf
  const role = mapped ? mapped(user as Record<string, unknown>) : user.role
  return role && (ROLES as readonly string[]).includes(role) ? role : undefined
}

export function hasRole(req: PayloadRequest, ...roles: Role[]): boolean {
  const role = roleOf(req)
  return role !== undefined && roles.includes(role)
}

export function isStaff(req: PayloadRequest): boolean {
  return hasRole(req, ...ROLES)
}

/** Ids of the forums a curator is responsible for. */
export function curatedForumIds(req: PayloadRequest): Array<number | string> {
  const forums = (req.user as StaffUser | null | undefined)?.forums ?? []
  return forums.map((forum) => (typeof forum === 'object' ? forum.id : forum))
}

export const anyone: Access = () => true
export const staffOnly: Access = ({ req }) => isStaff(req)
export const adminsOnly: Access = ({ req }) => hasRole(req, 'admin')
export const adminsAndEditors: Access = ({ req }) => hasRole(req, 'admin', 'editor')

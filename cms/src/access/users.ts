import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Admins manage everyone; anyone else signed in sees and edits only their own account. */
export const adminsOrSelf: Access = ({ req }) => {
  if (hasRole(req, 'admin')) return true
  if (!req.user) return false
  return { id: { equals: req.user.id } }
}

export const adminsOnlyField: FieldAccess = ({ req }) => hasRole(req, 'admin')

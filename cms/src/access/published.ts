import type { Access } from 'payload'

import { isStaff } from './roles'

/** Readers see published documents only; the team sees drafts too. */
export const publishedOrStaff: Access = ({ req }) => {
  if (isStaff(req)) return true
  return { _status: { equals: 'published' } }
}

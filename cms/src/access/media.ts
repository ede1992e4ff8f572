import type { Access, Where } from 'payload'

import { publicMediaIds } from '../snapshot/mediaUse'
import { isStaff } from './roles'

const NOTHING: Where = { id: { exists: false } }

/** Staff see every file; anyone else only those a published document uses. */
export const staffOrPublishedUse: Access = async ({ req }) => {
  if (isStaff(req)) return true
  const ids = [...(await publicMediaIds(req.payload))]
  return ids.length > 0 ? { id: { in: ids } } : NOTHING
}

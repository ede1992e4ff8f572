import type { Endpoint } from 'payload'

import { isStaff } from '../access/roles'
import { allConflicts, conflictsOfSession } from '../conflicts/currentConflicts'

/** GET /api/conflicts (all current ones) or /api/conflicts?session=<id>, for the team only. */
export const conflictsEndpoint: Endpoint = {
  path: '/conflicts',
  method: 'get',
  handler: async (req) => {
    if (!isStaff(req)) return Response.json({ error: 'Staff only' }, { status: 403 })
    const session = req.searchParams?.get('session')
    const conflicts = session ? await conflictsOfSession(req, session) : await allConflicts(req)
    return Response.json({ conflicts }, { headers: { 'cache-control': 'no-store' } })
  },
}

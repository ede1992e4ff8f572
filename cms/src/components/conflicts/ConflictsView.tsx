import type { AdminViewServerProps } from 'payload'

import { AdminPage } from '../AdminPage'
import { ConflictsList } from './ConflictsList'

/** /admin/conflicts: what editors should look at before the programme goes out. */
export function ConflictsView(view: AdminViewServerProps) {
  return (
    <AdminPage view={view} title={{ ru: 'Конфликты в программе', en: 'Conflicts in the programme' }}>
      <ConflictsList />
    </AdminPage>
  )
}

import type { AdminViewServerProps } from 'payload'

import { AdminPage } from '../AdminPage'
import { ImportForm } from './ImportForm'

/** /admin/import: sessions, experts and partners from a spreadsheet, and back. */
export function ImportView(view: AdminViewServerProps) {
  return (
    <AdminPage view={view} title={{ ru: 'Импорт и выгрузка', en: 'Import and export' }}>
      <ImportForm />
    </AdminPage>
  )
}

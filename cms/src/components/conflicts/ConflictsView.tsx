import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { ConflictsList } from './ConflictsList'

/** /admin/conflicts: what editors should look at before the programme goes out. */
export function ConflictsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const title = req.i18n.language === 'en' ? 'Conflicts in the programme' : 'Конфликты в программе'
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user || undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>{title}</h1>
        <ConflictsList />
      </Gutter>
    </DefaultTemplate>
  )
}

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'

/** One of the editors' own admin pages, in the admin's frame, titled in the editor's language. */
export function AdminPage({
  view,
  title,
  children,
}: {
  view: AdminViewServerProps
  title: { ru: string; en: string }
  children: ReactNode
}) {
  const { initPageResult, params, searchParams } = view
  const { req, locale, permissions, visibleEntities } = initPageResult
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
        <h1>{req.i18n.language === 'en' ? title.en : title.ru}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
}

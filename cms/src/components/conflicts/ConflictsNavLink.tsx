'use client'

import { useTranslation } from '@payloadcms/ui'

export function ConflictsNavLink() {
  const { i18n } = useTranslation()
  return (
    <a href="/admin/conflicts" className="nav__link" style={{ display: 'block', padding: '0.25rem 0' }}>
      {i18n.language === 'en' ? 'Conflicts' : 'Конфликты'}
    </a>
  )
}

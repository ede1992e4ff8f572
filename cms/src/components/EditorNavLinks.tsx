'use client'

import { useTranslation } from '@payloadcms/ui'

import { useHostRoutes } from './hostRoutes'

const LINKS = [
  { path: '/conflicts', ru: 'Конфликты', en: 'Conflicts' },
  { path: '/import', ru: 'Импорт и выгрузка', en: 'Import and export' },
]

/** The editors' own pages, below the collections in the admin's menu. */
export function EditorNavLinks() {
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'ru'
  const { admin } = useHostRoutes()
  return (
    <nav
      aria-label={language === 'ru' ? 'Работа с программой' : 'Programme tools'}
      style={{ marginTop: '1rem' }}
    >
      {LINKS.map((link) => (
        <a
          key={link.path}
          href={`${admin}${link.path}`}
          className="nav__link"
          style={{ display: 'block', padding: '0.25rem 0' }}
        >
          {link[language]}
        </a>
      ))}
    </nav>
  )
}

'use client'

import { useTranslation } from '@payloadcms/ui'

const LINKS = [
  { href: '/admin/conflicts', ru: 'Конфликты', en: 'Conflicts' },
  { href: '/admin/import', ru: 'Импорт и выгрузка', en: 'Import and export' },
]

/** The editors' own pages, below the collections in the admin's menu. */
export function EditorNavLinks() {
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'ru'
  return (
    <nav
      aria-label={language === 'ru' ? 'Работа с программой' : 'Programme tools'}
      style={{ marginTop: '1rem' }}
    >
      {LINKS.map((link) => (
        <a
          key={link.href}
          href={link.href}
          className="nav__link"
          style={{ display: 'block', padding: '0.25rem 0' }}
        >
          {link[language]}
        </a>
      ))}
    </nav>
  )
}

'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'

import { ConflictItem } from './ConflictItem'
import { useConflicts } from './useConflicts'

/** The edit view's warnings: shown after load and after every save, never blocking one. */
export function SessionConflicts() {
  const { id, lastUpdateTime } = useDocumentInfo()
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'ru'
  const conflicts = useConflicts(
    id ? `?session=${encodeURIComponent(String(id))}` : '',
    id ? lastUpdateTime : null,
  )
  if (!id || !conflicts?.length) return null
  const title = language === 'ru' ? 'Предупреждения' : 'Warnings'
  return (
    <section
      aria-label={title}
      style={{
        borderLeft: '4px solid var(--theme-warning-500)',
        background: 'var(--theme-warning-50, var(--theme-elevation-50))',
        padding: '0.75rem 1rem',
        marginBottom: '1rem',
      }}
    >
      <h3 style={{ margin: '0 0 0.5rem', fontSize: '1rem' }}>{title}</h3>
      <ul style={{ margin: 0, paddingLeft: '1.2rem' }}>
        {conflicts.map((conflict) => (
          <ConflictItem
            key={`${conflict.kind}-${conflict.sessions.join('-')}`}
            conflict={conflict}
            language={language}
            current={id}
          />
        ))}
      </ul>
      <p style={{ margin: '0.5rem 0 0', fontSize: '0.85rem' }}>
        {language === 'ru'
          ? 'Сохранению это не мешает. Все конфликты — на странице «Конфликты».'
          : 'This does not stop saving. All conflicts are on the Conflicts page.'}
      </p>
    </section>
  )
}

'use client'

import type { Conflict } from '@programma/shared'

/** One warning, with a link to each other session it concerns. */
export function ConflictItem({
  conflict,
  language,
  current,
}: {
  conflict: Conflict
  language: 'ru' | 'en'
  current?: string | number
}) {
  const others = conflict.sessions.filter((id) => String(id) !== String(current))
  return (
    <li style={{ marginBottom: '0.5rem' }}>
      {conflict.message[language]}
      {others.map((id) => (
        <span key={id}>
          {' '}
          <a href={`/admin/collections/sessions/${id}`}>
            {language === 'ru' ? 'открыть' : 'open'} #{id}
          </a>
        </span>
      ))}
    </li>
  )
}

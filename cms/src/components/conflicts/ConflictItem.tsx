'use client'

import type { Conflict } from '@programma/shared'

import { useHostRoutes } from '../hostRoutes'

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
  const { admin, slugOf } = useHostRoutes()
  return (
    <li style={{ marginBottom: '0.5rem' }}>
      {conflict.message[language]}
      {others.map((id) => (
        <span key={id}>
          {' '}
          <a href={`${admin}/collections/${slugOf('sessions')}/${id}`}>
            {language === 'ru' ? 'открыть' : 'open'} #{id}
          </a>
        </span>
      ))}
    </li>
  )
}

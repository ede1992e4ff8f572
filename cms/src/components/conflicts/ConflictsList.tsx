'use client'

import type { ConflictKind } from '@programma/shared'
import { CONFLICT_KINDS } from '@programma/shared'
import { useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { ConflictItem } from './ConflictItem'
import { useConflicts } from './useConflicts'

const HEADINGS: Record<ConflictKind, { ru: string; en: string }> = {
  'expert-double-booked': { ru: 'Эксперт в двух местах сразу', en: 'Experts booked twice' },
  'place-double-booked': { ru: 'Зал занят дважды', en: 'Places booked twice' },
  'outside-edition': { ru: 'Вне дат выпуска', en: "Outside the edition's dates" },
  'outside-stage': { ru: 'Вне этапов выпуска', en: "Outside the edition's stages" },
  'no-moderator': { ru: 'Без модератора', en: 'No moderator' },
}
const REFRESH_MS = 30_000

/** Every current conflict, grouped by kind; refreshed while the page is open and in view. */
export function ConflictsList() {
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'ru'
  const [tick, setTick] = useState(0)
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') setTick((value) => value + 1)
    }, REFRESH_MS)
    return () => clearInterval(timer)
  }, [])
  const conflicts = useConflicts('', tick)
  if (!conflicts)
    return <p role="status">{language === 'ru' ? 'Проверяем программу…' : 'Checking the programme…'}</p>
  if (conflicts.length === 0) {
    return <p role="status">{language === 'ru' ? 'Конфликтов нет.' : 'No conflicts.'}</p>
  }
  return (
    <>
      <p role="status">{language === 'ru' ? `Найдено: ${conflicts.length}` : `Found: ${conflicts.length}`}</p>
      {CONFLICT_KINDS.map((kind) => {
        const ofKind = conflicts.filter((conflict) => conflict.kind === kind)
        if (ofKind.length === 0) return null
        return (
          <section key={kind} aria-labelledby={`conflicts-${kind}`}>
            <h2 id={`conflicts-${kind}`} style={{ fontSize: '1.2rem' }}>
              {HEADINGS[kind][language]} ({ofKind.length})
            </h2>
            <ul>
              {ofKind.map((conflict) => (
                <ConflictItem
                  key={`${kind}-${conflict.sessions.join('-')}-${conflict.expert ?? ''}`}
                  conflict={conflict}
                  language={language}
                />
              ))}
            </ul>
          </section>
        )
      })}
    </>
  )
}

'use client'

import { useConfig, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

interface Props {
  path: string
  /** Whether this field says which zone the times are in (once per form is enough). */
  showNote?: boolean
}

function editionIdOf(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return undefined
}

/** The zone of the chosen edition, read from the CMS's API. */
function useEditionZone(editionId: string | undefined): string | undefined {
  const { config } = useConfig()
  const [zone, setZone] = useState<string | undefined>()
  useEffect(() => {
    if (!editionId) return
    const controller = new AbortController()
    const url = `${config.serverURL}${config.routes.api}/editions/${encodeURIComponent(editionId)}?depth=0&select[timeZone]=true`
    fetch(url, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : undefined))
      .then((edition: { timeZone?: string } | undefined) => setZone(edition?.timeZone))
      .catch(() => undefined)
    return () => controller.abort()
  }, [config.serverURL, config.routes.api, editionId])
  return zone
}

/**
 * A session's time-zone field: it follows the session's edition, so the date pickers beside it
 * take and show times on the edition's clock. The CMS sets the same zone when it saves.
 */
export function EditionTimeZone({ path, showNote = false }: Props) {
  const { i18n } = useTranslation()
  const { value, setValue } = useField<string>({ path })
  const editionId = useFormFields(([fields]) => editionIdOf(fields.edition?.value))
  const zone = useEditionZone(editionId)
  useEffect(() => {
    if (zone && zone !== value) setValue(zone, true)
  }, [zone, value, setValue])
  if (!showNote || !zone) return null
  return (
    <p className="field-description" style={{ marginTop: '-0.5rem' }}>
      {i18n.language === 'en'
        ? `Times are on the edition’s clock: ${zone}.`
        : `Время — по часовому поясу выпуска: ${zone}.`}
    </p>
  )
}

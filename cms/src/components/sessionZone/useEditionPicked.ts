'use client'

import { useFormFields } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

/** A relationship's value as an id: the id itself, or the id inside a document or `{ value }`. */
function idOf(value: unknown): string | undefined {
  if (typeof value === 'number' || (typeof value === 'string' && value !== '')) return String(value)
  if (value && typeof value === 'object') {
    const { id, value: inner } = value as { id?: unknown; value?: unknown }
    return idOf(id ?? inner)
  }
  return undefined
}

/**
 * Calls `onPick` with the edition's id each time the form's edition becomes another one.
 * The edition the form opened with is no pick: loading a document must not change it.
 */
export function useEditionPicked(onPick: (id: string) => void): void {
  const edition = useFormFields(([fields]) => idOf(fields.edition?.value))
  const seen = useRef(edition)
  useEffect(() => {
    if (edition === seen.current) return
    seen.current = edition
    if (edition !== undefined) onPick(edition)
  }, [edition, onPick])
}

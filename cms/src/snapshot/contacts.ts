import type { SnapshotSite } from '@programma/shared'

import { publishableText } from '../fields/publishableText'
import { optionalLocalized } from './localized'

type Row = Record<string, unknown>

/** Contacts as the snapshot carries them: channel, value and label, empty values left out. */
export function contactsOf(value: unknown): SnapshotSite['contacts'] {
  const rows = Array.isArray(value) ? (value as Row[]) : []
  return rows.flatMap((contact) => {
    const text = typeof contact.value === 'string' ? publishableText(contact.value).trim() : ''
    if (!text) return []
    return [
      {
        channel: contact.channel as SnapshotSite['contacts'][number]['channel'],
        value: text,
        label: optionalLocalized(contact.label),
      },
    ]
  })
}

import type { SnapshotSite } from '@programma/shared'

import { publishableText } from '../fields/publishableText'
import type { SiteIdentity } from '../payload-types'
import { type InLocales, optionalLocalized } from './inLocales'

type Contact = NonNullable<SiteIdentity['contacts']>[number]

/** Contacts as the snapshot carries them: channel, value and label, empty values left out. */
export function contactsOf(rows: InLocales<Contact>[]): SnapshotSite['contacts'] {
  return rows.flatMap((contact) => {
    const text = publishableText(contact.base.value ?? '').trim()
    if (!text) return []
    return [
      { channel: contact.base.channel, value: text, label: optionalLocalized(contact, (row) => row.label) },
    ]
  })
}

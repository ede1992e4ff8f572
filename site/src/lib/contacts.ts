import {
  CONTACT_CHANNELS,
  contactHref,
  type Locale,
  type SnapshotPartner,
  termLabel,
} from '@programma/shared'

import { showText } from './i18n'

type Contact = SnapshotPartner['contacts'][number]

/** A contact as the stand lists it: what it is, and a link that opens it when it can be one. */
export interface ContactLink {
  channel: Contact['channel']
  label: string
  href: string | null
  /** A web address opened in another site: linked with rel=noopener. */
  external: boolean
  text: string
}

export function contactLink(contact: Contact, locale: Locale): ContactLink {
  const href = contactHref(contact.channel, contact.value)
  return {
    channel: contact.channel,
    label: showText(contact.label, locale) || termLabel(CONTACT_CHANNELS, contact.channel, locale),
    href,
    external: href?.startsWith('https:') ?? false,
    text: href ? contact.value.replace(/^https:\/\//, '') : contact.value,
  }
}

/** A partner's website as a reader would type it: no scheme, no trailing slash. */
export function websiteLabel(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '')
}

import type { SnapshotPartner } from '@programma/shared'
import { describe, expect, it } from 'vitest'

import { contactLink, websiteLabel } from '../src/lib/contacts'
import { partnerDirectory } from '../src/lib/partnerDirectory'
import { sampleSnapshot } from './sampleSnapshot'

const none = { ru: null, en: null }

function partner(slug: string, name: string, kind: SnapshotPartner['kind'], level: SnapshotPartner['level']) {
  return {
    id: slug,
    slug,
    name: { ru: name, en: null },
    logo: null,
    kind,
    level,
    editions: [1],
    description: { html: none, text: none },
    website: null,
    videoPresentation: null,
    products: [],
    contacts: [],
    materials: [],
    stand: null,
    updatedAt: '2020-04-20T10:00:00.000Z',
  } satisfies SnapshotPartner
}

describe('the partners’ directory', () => {
  it('groups by kind in the vocabulary’s order; within a kind by level, then by name', () => {
    const groups = partnerDirectory(
      [
        partner('yandex', 'Яндекс', 'company', 'partner'),
        partner('samara', 'Самарская область', 'region', null),
        partner('afisha', 'Афиша', 'company', 'exhibitor'),
        partner('sber', 'Сбер', 'company', 'general'),
        partner('bukva', 'Буква', 'company', null),
      ],
      sampleSnapshot().vocabularies,
      'ru',
    )
    expect(groups.map(({ kind, partners }) => [kind.value, partners.map((one) => one.slug)])).toEqual([
      ['company', ['sber', 'yandex', 'afisha', 'bukva']],
      ['region', ['samara']],
    ])
  })
})

describe('a stand’s contacts', () => {
  it('link mail and phone, label them by channel unless named, and show web addresses without the scheme', () => {
    expect(contactLink({ channel: 'email', value: 'info@example.org', label: none }, 'en')).toEqual({
      channel: 'email',
      label: 'Email',
      href: 'mailto:info@example.org',
      external: false,
      text: 'info@example.org',
    })
    expect(
      contactLink({ channel: 'chat', value: 'https://t.me/school', label: { ru: 'Чат', en: 'Chat' } }, 'en'),
    ).toMatchObject({ label: 'Chat', href: 'https://t.me/school', external: true, text: 't.me/school' })
  })

  it('show a value that cannot be a link as text', () => {
    expect(contactLink({ channel: 'email', value: 'not an address', label: none }, 'ru')).toMatchObject({
      href: null,
      text: 'not an address',
    })
  })

  it('write a website as a reader would type it', () => {
    expect(websiteLabel('https://example.org/')).toBe('example.org')
    expect(websiteLabel('http://example.org/school')).toBe('example.org/school')
  })
})

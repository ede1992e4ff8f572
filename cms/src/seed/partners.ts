import { slugify } from '@programma/shared'

import type { Random } from './random'
import type { SeedPartner, Text } from './types'
import { COMPANY_STEMS, INSTITUTIONS, PRODUCTS, REGIONS } from './words'

const COMPANY_SUFFIXES: Text[] = [
  { ru: '', en: '' },
  { ru: ' Про', en: ' Pro' },
  { ru: ' Лаб', en: ' Lab' },
  { ru: ' Групп', en: ' Group' },
  { ru: ' Системс', en: ' Systems' },
  { ru: ' Регион', en: ' Region' },
]

function nthName(kind: SeedPartner['kind'], index: number): Text {
  if (kind === 'region') {
    const region = REGIONS[index % REGIONS.length] as Text
    const round = Math.floor(index / REGIONS.length)
    return round === 0
      ? { ru: `Система образования: ${region.ru}`, en: `Education system: ${region.en}` }
      : {
          ru: `Система образования: ${region.ru}, площадка ${round + 1}`,
          en: `Education system: ${region.en}, site ${round + 1}`,
        }
  }
  const stems = kind === 'company' ? COMPANY_STEMS : INSTITUTIONS
  const stem = stems[index % stems.length] as Text
  const round = Math.floor(index / stems.length)
  const suffix = COMPANY_SUFFIXES[round % COMPANY_SUFFIXES.length] as Text
  const tail = round >= COMPANY_SUFFIXES.length ? ` ${Math.floor(round / COMPANY_SUFFIXES.length) + 1}` : ''
  return { ru: `${stem.ru}${suffix.ru}${tail}`, en: `${stem.en}${suffix.en}${tail}` }
}

const KIND_SHARE: Array<[SeedPartner['kind'], number]> = [
  ['company', 0.5],
  ['region', 0.3],
  ['institution', 0.2],
]

/** `count` fictional partners of all three kinds; `placeStands` puts them on the alleys. */
export function generatePartners(
  random: Random,
  count: number,
  editions: string[],
  translated = 0.5,
): SeedPartner[] {
  const counters: Record<SeedPartner['kind'], number> = { company: 0, region: 0, institution: 0 }
  const partners: SeedPartner[] = []
  for (let index = 0; index < count; index += 1) {
    const kind = kindAt(index, count)
    const ordinal = counters[kind]++
    const name = nthName(kind, ordinal)
    const inEnglish = random.chance(translated)
    const slug = slugify(name.en ?? name.ru)
    const products = random.sample(PRODUCTS, random.int(1, 3))
    partners.push({
      slug,
      name: inEnglish ? name : { ru: name.ru },
      kind,
      level: index < 2 ? 'general' : index < 6 ? 'strategic' : random.chance(0.3) ? 'partner' : 'exhibitor',
      description: {
        ru: [`${name.ru} представляет на выставке решения для школ, колледжей и университетов.`],
        ...(inEnglish
          ? { en: [`${name.en} presents solutions for schools, colleges and universities.`] }
          : {}),
      },
      website: `https://${slug}.example.ru`,
      videoPresentation: `https://rutube.ru/video/${hexId(random)}/`,
      products: products.map((product) => ({ title: inEnglish ? product : { ru: product.ru } })),
      contacts: standContacts(slug, randomPhone(random)),
      editions: random.chance(0.35) && editions.length > 1 ? editions : editions.slice(0, 1),
      logoSeed: index + 1,
      materials: [
        {
          title: { ru: 'Каталог продуктов и услуг', en: 'Catalogue of products and services' },
          url: `https://${slug}.example.ru/expo/catalogue.pdf`,
        },
      ],
    })
  }
  return partners
}

function randomPhone(random: Random): string {
  return `+7 495 ${random.int(100, 999)}-${random.int(10, 99)}-${random.int(10, 99)}`
}

/** Every channel a visitor can use at a stand: mail, phone, chat, webinar room, messenger. */
function standContacts(slug: string, phone: string): SeedPartner['contacts'] {
  return [
    { channel: 'email', value: `expo@${slug}.example.ru` },
    { channel: 'phone', value: phone },
    { channel: 'chat', value: `https://t.me/${slug.replace(/-/g, '_')}` },
    { channel: 'webinar', value: `https://webinar.mmco-expo.ru/rooms/${slug}` },
    { channel: 'messenger', value: `https://wa.me/${phone.replace(/\D/g, '')}` },
  ]
}

function kindAt(index: number, count: number): SeedPartner['kind'] {
  const position = (index + 0.5) / count
  let cumulative = 0
  for (const [kind, share] of KIND_SHARE) {
    cumulative += share
    if (position < cumulative) return kind
  }
  return 'institution'
}

export function hexId(random: Random, length = 32): string {
  return Array.from({ length }, () => random.int(0, 15).toString(16)).join('')
}

import { latinize, slugify } from '@programma/shared'

import type { Random } from './random'
import type { SeedExpert, Text } from './types'
import {
  CITIES,
  FEMALE_FIRST,
  feminineSurname,
  MALE_FIRST,
  ORGANISATIONS,
  POSITIONS,
  SURNAMES,
} from './words'

const PATRONYMICS: ReadonlyArray<readonly [string, string]> = [
  ['Алексеевич', 'Алексеевна'],
  ['Андреевич', 'Андреевна'],
  ['Борисович', 'Борисовна'],
  ['Викторович', 'Викторовна'],
  ['Владимирович', 'Владимировна'],
  ['Дмитриевич', 'Дмитриевна'],
  ['Игоревич', 'Игоревна'],
  ['Михайлович', 'Михайловна'],
  ['Николаевич', 'Николаевна'],
  ['Олегович', 'Олеговна'],
  ['Павлович', 'Павловна'],
  ['Сергеевич', 'Сергеевна'],
  ['Юрьевич', 'Юрьевна'],
]

interface Name {
  ru: string
  gender: 'm' | 'f'
}

function randomName(random: Random, withPatronymic: boolean): Name {
  const gender = random.chance(0.55) ? 'f' : 'm'
  const surname = random.pick(SURNAMES)
  const first = gender === 'f' ? random.pick(FEMALE_FIRST) : random.pick(MALE_FIRST)
  const family = gender === 'f' ? feminineSurname(surname) : surname
  if (!withPatronymic) return { ru: `${first} ${family}`, gender }
  const patronymic = random.pick(PATRONYMICS)[gender === 'f' ? 1 : 0]
  return { ru: `${first} ${patronymic} ${family}`, gender }
}

function uniqueName(random: Random, taken: Set<string>): Name {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const name = randomName(random, attempt >= 20)
    if (!taken.has(name.ru)) {
      taken.add(name.ru)
      return name
    }
  }
  throw new Error(`Ran out of distinct names after ${taken.size} experts`)
}

function bioFor(
  name: string,
  position: Text,
  organisation: Text,
  city: Text,
): { ru: string[]; en?: string[] } {
  return {
    ru: [
      `${name} — ${position.ru}, ${organisation.ru} (${city.ru}).`,
      'Более десяти лет работает в образовании, ведёт проекты по развитию школ и обучению педагогов.',
    ],
  }
}

/** `count` fictional experts with distinct names; `translated` of them also in English. */
export function generateExperts(random: Random, count: number, translated = 0.4): SeedExpert[] {
  const taken = new Set<string>()
  const slugs = new Set<string>()
  return Array.from({ length: count }, (_, index) => {
    const name = uniqueName(random, taken)
    const position = random.pick(POSITIONS)
    const organisation = random.pick(ORGANISATIONS)
    const city = random.pick(CITIES)
    const inEnglish = random.chance(translated)
    let slug = slugify(name.ru)
    if (slugs.has(slug)) slug = `${slug}-${index + 1}`
    slugs.add(slug)
    const bio = bioFor(name.ru, position, organisation, city)
    if (inEnglish) {
      bio.en = [`${latinize(name.ru)} is ${position.en} at ${organisation.en} (${city.en}).`]
    }
    return {
      slug,
      name: inEnglish ? { ru: name.ru, en: latinize(name.ru) } : { ru: name.ru },
      position: inEnglish ? position : { ru: position.ru },
      organisation: inEnglish ? organisation : { ru: organisation.ru },
      city: inEnglish ? city : { ru: city.ru },
      country: { ru: 'Россия', en: 'Russia' },
      bio,
      photoSeed: index + 1,
    }
  })
}

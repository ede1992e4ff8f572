import { placeStands } from './alleys'
import { daysBetween, normaliseProgramme } from './assemble'
import { generateExperts } from './people'
import { generatePartners } from './partners'
import { Random } from './random'
import { generateSessions } from './sessions'
import type { SeedEdition, SeedForum, SeedProgramme, Text } from './types'

export interface SyntheticSize {
  sessions: number
  experts: number
  partners: number
  seed?: number
  /** Sessions per edition; an archive of many years has one edition a year. */
  perEdition?: number
}

const HALLS: Text[] = Array.from({ length: 8 }, (_, index) => ({
  ru: `Зал ${index + 1}`,
  en: `Hall ${index + 1}`,
}))
const SESSIONS_PER_DAY = HALLS.length * 6
const FORUM_NAMES: Text[] = [
  { ru: 'Общее образование', en: 'School education' },
  { ru: 'Дошкольное образование', en: 'Preschool education' },
  { ru: 'Профессиональное образование', en: 'Vocational education' },
  { ru: 'Высшее образование и наука', en: 'Higher education and science' },
  { ru: 'Цифровая образовательная среда', en: 'Digital learning environment' },
  { ru: 'Воспитание и дополнительное образование', en: 'Upbringing and additional education' },
]

function addDays(day: string, count: number): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + count)
  return date.toISOString().slice(0, 10)
}

function syntheticEdition(year: number, dayCount: number): SeedEdition {
  const first = `${year}-04-20`
  const last = addDays(first, dayCount - 1)
  const mainEnd = addDays(first, Math.min(3, dayCount - 1))
  const stages = [
    { slug: 'osnovnoy', name: { ru: 'Основной этап', en: 'Main stage' }, startDate: first, endDate: mainEnd },
  ]
  if (dayCount > 4) {
    stages.push({
      slug: 'prodolzhenie',
      name: { ru: 'Продолжение', en: 'Continued' },
      startDate: addDays(first, 4),
      endDate: last,
    })
  }
  return {
    slug: `mmso-${year}`,
    title: { ru: `ММСО-${year}`, en: `MIES ${year}` },
    year,
    format: 'hybrid',
    startDate: first,
    endDate: last,
    timeZone: 'Europe/Moscow',
    city: { ru: 'Москва', en: 'Moscow' },
    stages,
    keyFigures: [],
    description: { ru: [`Салон образования ${year} года.`], en: [`The ${year} education salon.`] },
  }
}

/**
 * A programme of any size, the same for the same numbers and seed: one edition per
 * `perEdition` sessions (350 by default, the reference salon), counting back from 2025.
 */
export function generateProgramme(size: SyntheticSize): SeedProgramme {
  const random = new Random(size.seed ?? 1)
  const perEdition = size.perEdition ?? 350
  const editionCount = Math.max(1, Math.ceil(size.sessions / perEdition))
  const experts = generateExperts(random, size.experts)
  const editions: SeedEdition[] = []
  const forums: SeedForum[] = []
  const usedTitles = new Set<string>()
  const plans: Array<{ edition: SeedEdition; forums: string[]; count: number }> = []
  for (let index = 0; index < editionCount; index += 1) {
    const count = Math.min(perEdition, size.sessions - index * perEdition)
    const edition = syntheticEdition(2025 - index, Math.max(1, Math.ceil(count / SESSIONS_PER_DAY)))
    const editionForums = FORUM_NAMES.map((title, order) => ({
      slug: `${edition.slug}-forum-${order + 1}`,
      edition: edition.slug,
      title,
      colour: ['#1f5fbf', '#e67700', '#2b8a3e', '#862e9c', '#0b7285', '#c2255c'][order] as string,
      order,
    }))
    editions.push(edition)
    forums.push(...editionForums)
    plans.push({ edition, forums: editionForums.map((forum) => forum.slug), count })
  }
  const partners = generatePartners(
    random,
    size.partners,
    editions.map((edition) => edition.slug),
  )
  const sessions = plans.flatMap((plan) =>
    generateSessions(
      random,
      {
        edition: plan.edition.slug,
        timeZone: plan.edition.timeZone,
        forums: plan.forums,
        days: daysBetween(plan.edition.startDate, plan.edition.endDate).map((date) => ({ date })),
        halls: HALLS,
        count: plan.count,
        recordedBefore: new Date('2026-01-01T00:00:00Z'),
      },
      experts,
      partners,
      usedTitles,
    ),
  )
  const exhibition = placeStands(partners, (editions[0] as SeedEdition).slug)
  return normaliseProgramme({
    editions,
    forums,
    experts,
    partners: exhibition.partners,
    alleys: exhibition.alleys,
    sessions,
  })
}

import { intervalsOverlap, slugify, zonedTimeToUtc } from '@programma/shared'

import { salonVocabularies } from '../host/vocabularies'
import { hexId } from './partners'
import type { Random } from './random'
import type { SeedExpert, SeedPartner, SeedSession, SeedVideo, Text } from './types'
import { SUBJECTS } from './words'

export interface ProgrammeDay {
  date: string
}

export interface SessionPlan {
  edition: string
  /** The edition's zone: the slots are its wall-clock times. */
  timeZone: string
  forums: string[]
  days: ProgrammeDay[]
  halls: Text[]
  count: number
  translated?: number
  /** Sessions ending before this instant get a recording. */
  recordedBefore?: Date
}

const SLOTS = ['10:00', '11:30', '13:00', '14:30', '16:00', '17:30'] as const
const FORMATS = [
  'panel',
  'round-table',
  'presentation',
  'workshop',
  'conference',
  'stream',
  'lecture',
  'strategy-session',
] as const
const QUALIFIERS: Text[] = [
  { ru: 'опыт регионов', en: 'the regions’ experience' },
  { ru: 'взгляд родителей', en: 'the parents’ view' },
  { ru: 'практика школ', en: 'school practice' },
  { ru: 'вопросы и ответы', en: 'questions and answers' },
  { ru: 'что дальше', en: 'what comes next' },
  { ru: 'разбор кейсов', en: 'case studies' },
  { ru: 'открытый микрофон', en: 'open microphone' },
  { ru: 'итоги года', en: 'the year in review' },
]
const PROVIDERS: Array<SeedVideo['provider']> = ['rutube', 'vk', 'youtube']

/** Share links as editors paste them: live links for streams, video links for recordings. */
function videoUrl(random: Random, provider: SeedVideo['provider'], kind: 'stream' | 'recording'): string {
  switch (provider) {
    case 'vk': {
      const video = `video-${random.int(10000000, 99999999)}_${random.int(100000000, 999999999)}`
      return kind === 'stream' ? `https://vkvideo.ru/${video}` : `https://vk.com/${video}`
    }
    case 'youtube': {
      const id = hexId(random, 11)
      return kind === 'stream' ? `https://www.youtube.com/live/${id}` : `https://youtu.be/${id}`
    }
    default: {
      const id = hexId(random)
      return kind === 'stream' ? `https://rutube.ru/live/video/${id}/` : `https://rutube.ru/video/${id}/`
    }
  }
}

/** Hands out experts in turn, skipping those already busy at the time, so nobody is in two places at once. */
class ExpertRota {
  private cursor = 0
  private readonly busy = new Map<string, Array<{ start: string; end: string }>>()

  constructor(private readonly experts: SeedExpert[]) {}

  take(count: number, slot: { start: string; end: string }): string[] {
    const chosen: string[] = []
    for (let tried = 0; tried < this.experts.length && chosen.length < count; tried += 1) {
      const expert = this.experts[this.cursor % this.experts.length] as SeedExpert
      this.cursor += 1
      const schedule = this.busy.get(expert.slug) ?? []
      if (expert.draft || schedule.some((taken) => intervalsOverlap(taken, slot))) continue
      schedule.push(slot)
      this.busy.set(expert.slug, schedule)
      chosen.push(expert.slug)
    }
    return chosen
  }
}

function titleFor(random: Random, topic: string, used: Set<string>): Text {
  const subjects = SUBJECTS[topic] ?? SUBJECTS.digital ?? []
  for (let attempt = 0; attempt < 12; attempt += 1) {
    const subject = random.pick(subjects)
    const qualifier = attempt === 0 && random.chance(0.4) ? undefined : random.pick(QUALIFIERS)
    const title = qualifier
      ? { ru: `${subject.ru} — ${qualifier.ru}`, en: `${subject.en} — ${qualifier.en}` }
      : subject
    if (!used.has(title.ru)) {
      used.add(title.ru)
      return title
    }
  }
  const subject = random.pick(subjects)
  const numbered = { ru: `${subject.ru}. Часть ${used.size + 1}`, en: `${subject.en}. Part ${used.size + 1}` }
  used.add(numbered.ru)
  return numbered
}

function describe(title: Text, audiences: string[]): { ru: string[]; en: string[] } {
  const who = audiences
    .map((value) => salonVocabularies.audiences.find((term) => term.value === value)?.label)
    .filter((label) => label !== undefined)
  return {
    ru: [
      `Участники обсудят тему «${title.ru}»: что уже работает, что мешает и какие решения готовы к тиражированию.`,
      `Для кого: ${who.map((label) => label.ru.toLowerCase()).join(', ')}. Вопросы спикерам можно задать в чате трансляции.`,
    ],
    en: [
      `The speakers discuss “${title.en}”: what already works, what stands in the way and which solutions are ready to scale.`,
      `For: ${who.map((label) => label.en.toLowerCase()).join(', ')}. Ask the speakers in the stream chat.`,
    ],
  }
}

/**
 * Lays `count` sessions out on a grid of days × halls × time slots, so that no hall
 * holds two sessions at once, and fills them with experts and partners in turn.
 */
export function generateSessions(
  random: Random,
  plan: SessionPlan,
  experts: SeedExpert[],
  partners: SeedPartner[],
  usedTitles = new Set<string>(),
): SeedSession[] {
  const rota = new ExpertRota(random.sample(experts, experts.length))
  const topics = Object.keys(SUBJECTS)
  const perDay = Math.ceil(plan.count / plan.days.length)
  const sessions: SeedSession[] = []
  for (let index = 0; index < plan.count; index += 1) {
    const day = plan.days[Math.floor(index / perDay)] as ProgrammeDay
    const withinDay = index % perDay
    const hall = plan.halls[withinDay % plan.halls.length] as Text
    const slotIndex = Math.floor(withinDay / plan.halls.length) % SLOTS.length
    const length = random.chance(0.5) ? 60 : 80
    const start = zonedTimeToUtc(day.date, SLOTS[slotIndex] as string, plan.timeZone)
    const end = new Date(start.getTime() + length * 60_000)
    const slot = { start: start.toISOString(), end: end.toISOString() }
    const topic = random.pick(topics)
    const title = titleFor(random, topic, usedTitles)
    const translated = random.chance(plan.translated ?? 0.35)
    const audiences = random.sample(
      salonVocabularies.audiences.map((term) => term.value),
      random.int(1, 3),
    )
    const moderators = rota.take(1, slot).map((expert) => ({ expert, role: 'moderator' }))
    const speakers = rota.take(random.int(2, 5), slot).map((expert) => ({ expert, role: 'speaker' }))
    const organiser = random.chance(0.35)
      ? random.pick(partners.filter((partner) => !partner.draft))
      : undefined
    const description = describe(title, audiences)
    const past = plan.recordedBefore !== undefined && end < plan.recordedBefore
    const recorded = past && random.chance(0.9)
    const provider = random.pick(PROVIDERS)
    sessions.push({
      slug: slugify(title.ru),
      edition: plan.edition,
      forum: random.pick(plan.forums),
      title: translated ? title : { ru: title.ru },
      format: random.pick(FORMATS),
      start: slot.start,
      end: slot.end,
      place: { hall, online: true },
      participants: [...moderators, ...speakers],
      partners: organiser ? [{ partner: organiser.slug, role: 'organiser' }] : [],
      audiences,
      topics: [topic],
      language: 'ru',
      description: translated ? description : { ru: description.ru },
      stream: { provider, url: videoUrl(random, provider, 'stream') },
      recording: recorded
        ? {
            provider,
            url: videoUrl(random, provider, 'recording'),
            durationMinutes: length - random.int(0, 8),
            publishedAt: new Date(end.getTime() + 15 * 60_000).toISOString(),
          }
        : undefined,
      notRecorded: past && !recorded,
      status: 'scheduled',
    })
  }
  return sessions
}

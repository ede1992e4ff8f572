import { zonedTimeToUtc } from '@programma/shared'
import type { Payload } from 'payload'

import type { Edition, Expert, Forum, Session, User } from '../../src/payload-types'
import { SEED_CONTEXT } from '../../src/seed/upsert'

export interface Fixtures {
  edition: Edition
  otherEdition: Edition
  forum: Forum
  otherForum: Forum
  foreignForum: Forum
  admin: User
  editor: User
  curator: User
  publishedExpert: Expert
  draftExpert: Expert
  publishedSession: Session
  draftSession: Session
  foreignSession: Session
}

const quiet = { overrideAccess: true, context: SEED_CONTEXT } as const

export function moscow(date: string, time: string): string {
  return zonedTimeToUtc(date, time, 'Europe/Moscow').toISOString()
}

/** A small programme with every case the access rules must tell apart. */
export async function createFixtures(payload: Payload): Promise<Fixtures> {
  const edition = await payload.create({
    ...quiet,
    collection: 'editions',
    data: {
      title: 'ММСО-2020',
      year: 2020,
      format: 'online',
      startDate: '2020-04-26T12:00:00.000Z',
      endDate: '2020-05-30T12:00:00.000Z',
      stages: [
        {
          name: 'ММСО',
          slug: 'mmso',
          startDate: '2020-04-26T12:00:00.000Z',
          endDate: '2020-04-29T12:00:00.000Z',
        },
        {
          name: 'ММСО: Продолжение',
          slug: 'prodolzhenie',
          startDate: '2020-04-30T12:00:00.000Z',
          endDate: '2020-05-08T12:00:00.000Z',
        },
      ],
    },
  })
  const otherEdition = await payload.create({
    ...quiet,
    collection: 'editions',
    data: {
      title: 'ММСО-2022',
      year: 2022,
      format: 'hybrid',
      startDate: '2022-04-29T12:00:00.000Z',
      endDate: '2022-04-30T12:00:00.000Z',
    },
  })
  const forum = await payload.create({
    ...quiet,
    collection: 'forums',
    data: { title: 'Регионы', edition: edition.id },
  })
  const otherForum = await payload.create({
    ...quiet,
    collection: 'forums',
    data: { title: 'Высшее образование', edition: edition.id },
  })
  const foreignForum = await payload.create({
    ...quiet,
    collection: 'forums',
    data: { title: 'Форум 2022', edition: otherEdition.id },
  })
  const admin = await payload.create({
    ...quiet,
    collection: 'users',
    data: { email: 'admin@example.test', password: 'correct-horse-battery', name: 'Админ', role: 'admin' },
  })
  const editor = await payload.create({
    ...quiet,
    collection: 'users',
    data: {
      email: 'editor@example.test',
      password: 'correct-horse-battery',
      name: 'Редактор',
      role: 'editor',
    },
  })
  const curator = await payload.create({
    ...quiet,
    collection: 'users',
    data: {
      email: 'curator@example.test',
      password: 'correct-horse-battery',
      name: 'Куратор',
      role: 'curator',
      forums: [forum.id],
    },
  })
  const publishedExpert = await payload.create({
    ...quiet,
    collection: 'experts',
    data: { name: 'Анна Петрова', _status: 'published' },
  })
  const draftExpert = await payload.create({
    ...quiet,
    collection: 'experts',
    draft: true,
    data: { name: 'Черновой Эксперт', _status: 'draft' },
  })
  const publishedSession = await payload.create({
    ...quiet,
    collection: 'sessions',
    data: {
      title: 'Опыт, проблемы и перспективы дистанционного обучения в Самарской области',
      edition: edition.id,
      forum: forum.id,
      format: 'round-table',
      status: 'scheduled',
      start_tz: 'Europe/Moscow',
      end_tz: 'Europe/Moscow',
      start: moscow('2020-04-29', '17:20'),
      end: moscow('2020-04-29', '18:50'),
      participants: [{ expert: publishedExpert.id, role: 'moderator' }],
      _status: 'published',
    },
  })
  const draftSession = await payload.create({
    ...quiet,
    collection: 'sessions',
    draft: true,
    data: {
      title: 'Секретный черновик',
      edition: edition.id,
      forum: forum.id,
      format: 'panel',
      status: 'scheduled',
      start_tz: 'Europe/Moscow',
      end_tz: 'Europe/Moscow',
      start: moscow('2020-04-27', '10:00'),
      end: moscow('2020-04-27', '11:00'),
      _status: 'draft',
    },
  })
  const foreignSession = await payload.create({
    ...quiet,
    collection: 'sessions',
    data: {
      title: 'Сессия чужого форума',
      edition: edition.id,
      forum: otherForum.id,
      format: 'panel',
      status: 'scheduled',
      start_tz: 'Europe/Moscow',
      end_tz: 'Europe/Moscow',
      start: moscow('2020-04-28', '12:00'),
      end: moscow('2020-04-28', '13:00'),
      _status: 'published',
    },
  })
  return {
    edition,
    otherEdition,
    forum,
    otherForum,
    foreignForum,
    admin,
    editor,
    curator,
    publishedExpert,
    draftExpert,
    publishedSession,
    draftSession,
    foreignSession,
  }
}

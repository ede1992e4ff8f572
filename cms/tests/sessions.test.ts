import { formatInZone } from '@programma/shared'
import { beforeAll, describe, expect, it } from 'vitest'

import { cmsWithFixtures } from './helpers/cmsWithFixtures'
import { moscow } from './helpers/fixtures'
import { TEST_DATABASES } from './helpers/payload'

describe.each(TEST_DATABASES)('sessions on $name', (database) => {
  const cms = cmsWithFixtures(database)

  const base = () => ({
    edition: cms.f.edition.id,
    forum: cms.f.forum.id,
    format: 'panel' as const,
    status: 'scheduled' as const,
    start_tz: 'Europe/Moscow' as const,
    end_tz: 'Europe/Moscow' as const,
  })

  async function countSessions(): Promise<number> {
    return (await cms.payload.count({ collection: 'sessions', overrideAccess: true })).totalDocs
  }

  describe('times', () => {
    it('stores the Samara round table, 17:20 in Moscow, as 14:20 UTC', async () => {
      const stored = await cms.payload.findByID({
        collection: 'sessions',
        id: cms.f.publishedSession.id,
        overrideAccess: true,
      })
      expect(stored.start).toBe('2020-04-29T14:20:00.000Z')
      expect(stored.start_tz).toBe('Europe/Moscow')
      expect(formatInZone(stored.start, 'HH:mm', stored.start_tz)).toBe('17:20')
    })

    it('places a session in the stage its start date falls in', async () => {
      const stored = await cms.payload.findByID({
        collection: 'sessions',
        id: cms.f.publishedSession.id,
        overrideAccess: true,
      })
      expect(stored.stage).toBe('mmso')
      const later = await cms.payload.create({
        collection: 'sessions',
        overrideAccess: true,
        data: {
          ...base(),
          title: 'Итоги первых дней',
          start: moscow('2020-05-04', '12:00'),
          end: moscow('2020-05-04', '13:00'),
        },
      })
      expect(later.stage).toBe('prodolzhenie')
    })

    it('refuses an end before the start, naming the field, and stores nothing', async () => {
      const before = await countSessions()
      const attempt = cms.payload.create({
        collection: 'sessions',
        overrideAccess: true,
        data: {
          ...base(),
          title: 'Задом наперёд',
          start: moscow('2020-04-27', '12:00'),
          end: moscow('2020-04-27', '11:00'),
        },
      })
      await expect(attempt).rejects.toMatchObject({
        data: { errors: [expect.objectContaining({ path: 'end' })] },
      })
      expect(await countSessions()).toBe(before)
    })

    it('keeps a session outside its edition dates, for the conflicts list to point out', async () => {
      const late = await cms.payload.create({
        collection: 'sessions',
        overrideAccess: true,
        data: {
          ...base(),
          title: 'Слишком поздно',
          start: moscow('2020-06-15', '12:00'),
          end: moscow('2020-06-15', '13:00'),
        },
      })
      expect(late.title).toBe('Слишком поздно')
      expect(late.stage).toBeNull()
    })

    it('refuses a forum of another edition', async () => {
      const attempt = cms.payload.create({
        collection: 'sessions',
        overrideAccess: true,
        data: {
          ...base(),
          forum: cms.f.foreignForum.id,
          title: 'Не тот форум',
          start: moscow('2020-04-27', '15:00'),
          end: moscow('2020-04-27', '16:00'),
        },
      })
      await expect(attempt).rejects.toMatchObject({
        data: { errors: [expect.objectContaining({ path: 'forum' })] },
      })
    })

    it('refuses a participant without an expert', async () => {
      const before = await countSessions()
      const attempt = cms.payload.create({
        collection: 'sessions',
        overrideAccess: true,
        data: {
          ...base(),
          title: 'Без эксперта',
          start: moscow('2020-04-27', '15:00'),
          end: moscow('2020-04-27', '16:00'),
          participants: [{ role: 'speaker' } as never],
        },
      })
      await expect(attempt).rejects.toMatchObject({
        data: {
          errors: [expect.objectContaining({ path: expect.stringMatching(/^participants\.0\.expert$/) })],
        },
      })
      expect(await countSessions()).toBe(before)
    })
  })

  describe('slugs', () => {
    it('are made from the Russian title by transliteration', () => {
      expect(cms.f.publishedSession.slug).toBe(
        'opyt-problemy-i-perspektivy-distantsionnogo-obucheniya-v-samarskoy-oblasti',
      )
    })

    it('stay when the title changes', async () => {
      const updated = await cms.payload.update({
        collection: 'sessions',
        id: cms.f.foreignSession.id,
        overrideAccess: true,
        data: { title: 'Совсем другое название' },
      })
      expect(updated.slug).toBe(cms.f.foreignSession.slug)
    })

    it('get a number when the title repeats', async () => {
      const first = await cms.payload.create({
        collection: 'experts',
        overrideAccess: true,
        data: { name: 'Иван Иванов', _status: 'published' },
      })
      const second = await cms.payload.create({
        collection: 'experts',
        overrideAccess: true,
        data: { name: 'Иван Иванов', _status: 'published' },
      })
      expect(first.slug).toBe('ivan-ivanov')
      expect(second.slug).toBe('ivan-ivanov-2')
    })

    it('refuses a slug typed in that another document has', async () => {
      const attempt = cms.payload.create({
        collection: 'experts',
        overrideAccess: true,
        data: { name: 'Другой человек', slug: cms.f.publishedExpert.slug, _status: 'published' },
      })
      await expect(attempt).rejects.toMatchObject({
        data: { errors: [expect.objectContaining({ path: 'slug' })] },
      })
    })

    it('refuses a slug with characters a URL should not have', async () => {
      const attempt = cms.payload.create({
        collection: 'experts',
        overrideAccess: true,
        data: { name: 'Кто-то', slug: 'Не <slug>', _status: 'published' },
      })
      await expect(attempt).rejects.toMatchObject({
        data: { errors: [expect.objectContaining({ path: 'slug' })] },
      })
    })
  })

  describe('revision counter', () => {
    let id: number

    beforeAll(async () => {
      const created = await cms.payload.create({
        collection: 'sessions',
        overrideAccess: true,
        data: {
          ...base(),
          title: 'Счётчик редакций',
          start: moscow('2020-04-28', '10:00'),
          end: moscow('2020-04-28', '11:00'),
        },
      })
      id = created.id
      expect(created.revision).toBe(0)
    })

    const update = (data: Record<string, unknown>) =>
      cms.payload.update({ collection: 'sessions', id, overrideAccess: true, data })

    it('stays when nothing material changes', async () => {
      expect((await update({ lead: 'Новый анонс', topics: ['digital'] })).revision).toBe(0)
    })

    it('rises when the time changes, and keeps the previous start', async () => {
      const moved = await update({
        start: moscow('2020-04-28', '15:00'),
        end: moscow('2020-04-28', '16:00'),
        status: 'moved',
      })
      expect(moved.revision).toBe(1)
      expect(moved.previousStart).toBe(moscow('2020-04-28', '10:00'))
    })

    it('rises on place, title, status and stream', async () => {
      expect((await update({ place: { hall: 'Зал 2', online: true } })).revision).toBe(2)
      expect((await update({ title: 'Счётчик редакций (новое название)' })).revision).toBe(3)
      expect((await update({ status: 'cancelled' })).revision).toBe(4)
      expect(
        (await update({ stream: { url: 'https://rutube.ru/live/video/0123456789abcdef0123456789abcdef/' } }))
          .revision,
      ).toBe(5)
    })

    it('cannot be set by hand', async () => {
      expect((await update({ revision: 99 })).revision).toBe(5)
    })
  })

  describe('locales', () => {
    it('keeps English apart and falls back to Russian', async () => {
      await cms.payload.update({
        collection: 'sessions',
        id: cms.f.publishedSession.id,
        overrideAccess: true,
        locale: 'en',
        data: { title: 'Distance learning in the Samara Region' },
      })
      const en = await cms.payload.findByID({
        collection: 'sessions',
        id: cms.f.publishedSession.id,
        overrideAccess: true,
        locale: 'en',
      })
      const ru = await cms.payload.findByID({
        collection: 'sessions',
        id: cms.f.publishedSession.id,
        overrideAccess: true,
        locale: 'ru',
      })
      expect(en.title).toBe('Distance learning in the Samara Region')
      expect(ru.title).toMatch(/^Опыт, проблемы/)
      const enExpert = await cms.payload.findByID({
        collection: 'experts',
        id: cms.f.publishedExpert.id,
        overrideAccess: true,
        locale: 'en',
      })
      expect(enExpert.name).toBe('Анна Петрова')
    })

    it('refuses an unknown locale instead of overwriting Russian', async () => {
      const attempt = cms.payload.update({
        collection: 'sessions',
        id: cms.f.publishedSession.id,
        overrideAccess: true,
        locale: 'de' as never,
        data: { title: 'Fernunterricht' },
      })
      await expect(attempt).rejects.toThrow(/locale "de"/)
      const ru = await cms.payload.findByID({
        collection: 'sessions',
        id: cms.f.publishedSession.id,
        overrideAccess: true,
        locale: 'ru',
      })
      expect(ru.title).toMatch(/^Опыт, проблемы/)
    })
  })
})

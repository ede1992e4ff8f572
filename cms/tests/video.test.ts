import { getLocalI18n } from 'payload'
import { describe, expect, it } from 'vitest'

import { cmsWithFixtures } from './helpers/cmsWithFixtures'
import { moscow } from './helpers/fixtures'
import { TEST_DATABASES } from './helpers/payload'

const RUTUBE = 'https://rutube.ru/video/0123456789abcdef0123456789abcdef/'

describe.each(TEST_DATABASES)('stream and recording links on $name', (database) => {
  const cms = cmsWithFixtures(database)

  const session = (title: string, extra: Record<string, unknown>) => ({
    edition: cms.f.edition.id,
    forum: cms.f.forum.id,
    format: 'panel' as const,
    status: 'scheduled' as const,
    start_tz: 'Europe/Moscow' as const,
    end_tz: 'Europe/Moscow' as const,
    start: moscow('2020-04-27', '12:00'),
    end: moscow('2020-04-27', '13:00'),
    title,
    ...extra,
  })

  async function countSessions(): Promise<number> {
    return (await cms.payload.count({ collection: 'sessions', overrideAccess: true })).totalDocs
  }

  it('refuses a recording link it cannot play, naming the field in Russian, and stores nothing', async () => {
    const before = await countSessions()
    const attempt = cms.payload.create({
      collection: 'sessions',
      overrideAccess: false,
      user: cms.f.editor,
      data: session('Запись с чужого сайта', {
        recording: { url: 'https://vimeo.com/76979871', durationMinutes: 60 },
      }),
    })
    await expect(attempt).rejects.toMatchObject({
      data: {
        errors: [
          expect.objectContaining({
            path: 'recording.url',
            message: expect.stringMatching(/^«Ссылка на запись»: площадка не поддерживается/),
          }),
        ],
      },
    })
    expect(await countSessions()).toBe(before)
  })

  it('says it in English to an editor whose admin speaks English', async () => {
    const i18n = await getLocalI18n({ config: cms.payload.config, language: 'en' })
    const attempt = cms.payload.create({
      collection: 'sessions',
      overrideAccess: false,
      user: cms.f.editor,
      req: { i18n },
      data: session('Broken RUTUBE link', { recording: { url: 'https://rutube.ru/video/abc/' } }),
    })
    await expect(attempt).rejects.toMatchObject({
      data: {
        errors: [
          expect.objectContaining({
            path: 'recording.url',
            message: expect.stringMatching(
              /^“Recording link”: the RUTUBE link has no 32-character video code/,
            ),
          }),
        ],
      },
    })
  })

  it('refuses a javascript: link in the stream and keeps the stored one', async () => {
    const attempt = cms.payload.update({
      collection: 'sessions',
      id: cms.f.publishedSession.id,
      overrideAccess: false,
      user: cms.f.editor,
      data: { stream: { url: 'javascript:alert(document.cookie)' } },
    })
    await expect(attempt).rejects.toMatchObject({
      data: {
        errors: [
          expect.objectContaining({
            path: 'stream.url',
            message: expect.stringMatching(/^«Ссылка на трансляцию»/),
          }),
        ],
      },
    })
    const stored = await cms.payload.findByID({
      collection: 'sessions',
      id: cms.f.publishedSession.id,
      overrideAccess: true,
    })
    expect(stored.stream?.url ?? null).toBeNull()
  })

  it('recognises the provider from the link, whatever was chosen, and trims the paste', async () => {
    const created = await cms.payload.create({
      collection: 'sessions',
      overrideAccess: false,
      user: cms.f.editor,
      data: session('Провайдер по ссылке', {
        stream: { provider: 'youtube', url: ` ${RUTUBE} ` },
        recording: {
          url: 'https://vkvideo.ru/video-123_456',
          durationMinutes: 55,
          publishedAt: moscow('2020-04-27', '13:30'),
        },
      }),
    })
    expect(created.stream).toMatchObject({ provider: 'rutube', url: RUTUBE })
    expect(created.recording).toMatchObject({
      provider: 'vk',
      url: 'https://vkvideo.ru/video-123_456',
      publishedAt: moscow('2020-04-27', '13:30'),
    })
  })

  it('dates a recording when its link is saved without a publication time', async () => {
    const before = Date.now()
    const created = await cms.payload.create({
      collection: 'sessions',
      overrideAccess: true,
      data: session('Запись без даты', { recording: { url: 'https://youtu.be/dQw4w9WgXcQ' } }),
    })
    expect(created.recording?.provider).toBe('youtube')
    expect(Date.parse(created.recording?.publishedAt ?? '')).toBeGreaterThanOrEqual(before - 1000)
  })

  it('refuses "not recorded" together with a recording link', async () => {
    const attempt = cms.payload.create({
      collection: 'sessions',
      overrideAccess: true,
      data: session('Противоречие', { recording: { url: RUTUBE, notRecorded: true } }),
    })
    await expect(attempt).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'recording.notRecorded' })] },
    })
  })
})

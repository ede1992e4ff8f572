import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { cmsWithFixtures } from './helpers/cmsWithFixtures'
import { type Fixtures, moscow } from './helpers/fixtures'
import { TEST_DATABASES } from './helpers/payload'

describe.each(TEST_DATABASES)('access rules on $name', (database) => {
  const cms = cmsWithFixtures(database)

  const asUser = (user: Fixtures['admin'] | undefined) => ({
    overrideAccess: false,
    user: user ? { ...user, collection: 'users' } : undefined,
  })

  describe('anonymous reader', () => {
    it('sees published sessions and not drafts', async () => {
      const { docs } = await cms.payload.find({ collection: 'sessions', ...asUser(undefined), limit: 100 })
      const ids = docs.map((doc) => doc.id)
      expect(ids).toContain(cms.f.publishedSession.id)
      expect(ids).not.toContain(cms.f.draftSession.id)
      expect(docs.every((doc) => doc._status === 'published')).toBe(true)
    })

    it('cannot open a draft session by id', async () => {
      await expect(
        cms.payload.findByID({ collection: 'sessions', id: cms.f.draftSession.id, ...asUser(undefined) }),
      ).rejects.toThrow()
    })

    it('does not get the draft of a published session when asking for drafts', async () => {
      await cms.payload.update({
        collection: 'sessions',
        id: cms.f.publishedSession.id,
        draft: true,
        data: { title: 'Неопубликованная правка' },
        overrideAccess: true,
      })
      const doc = await cms.payload.findByID({
        collection: 'sessions',
        id: cms.f.publishedSession.id,
        draft: true,
        ...asUser(undefined),
      })
      expect(doc.title).not.toBe('Неопубликованная правка')
    })

    it('sees published experts only', async () => {
      const { docs } = await cms.payload.find({ collection: 'experts', ...asUser(undefined) })
      expect(docs.map((doc) => doc.id)).toContain(cms.f.publishedExpert.id)
      expect(docs.map((doc) => doc.id)).not.toContain(cms.f.draftExpert.id)
    })

    it('cannot read versions', async () => {
      await expect(
        cms.payload.findVersions({ collection: 'sessions', ...asUser(undefined) }),
      ).rejects.toThrow()
    })

    it('cannot list or read users', async () => {
      await expect(cms.payload.find({ collection: 'users', ...asUser(undefined) })).rejects.toThrow()
      await expect(
        cms.payload.findByID({ collection: 'users', id: cms.f.editor.id, ...asUser(undefined) }),
      ).rejects.toThrow()
    })

    it('cannot create, update or delete anything', async () => {
      await expect(
        cms.payload.create({ collection: 'experts', data: { name: 'Аноним' }, ...asUser(undefined) }),
      ).rejects.toThrow()
      await expect(
        cms.payload.update({
          collection: 'sessions',
          id: cms.f.publishedSession.id,
          data: { title: 'x' },
          ...asUser(undefined),
        }),
      ).rejects.toThrow()
      await expect(
        cms.payload.delete({ collection: 'editions', id: cms.f.edition.id, ...asUser(undefined) }),
      ).rejects.toThrow()
    })

    it('reads editions and forums, which have no drafts', async () => {
      const editions = await cms.payload.find({ collection: 'editions', ...asUser(undefined) })
      expect(editions.totalDocs).toBe(2)
    })
  })

  describe('users', () => {
    it('never return password hashes or salts, even to an admin', async () => {
      const { docs } = await cms.payload.find({ collection: 'users', ...asUser(cms.f.admin) })
      expect(docs.length).toBe(3)
      for (const doc of docs) {
        expect(doc).not.toHaveProperty('hash')
        expect(doc).not.toHaveProperty('salt')
      }
    })

    it('an editor sees only its own account', async () => {
      const { docs } = await cms.payload.find({ collection: 'users', ...asUser(cms.f.editor) })
      expect(docs.map((doc) => doc.id)).toEqual([cms.f.editor.id])
    })

    it('an editor cannot create users nor raise its own role', async () => {
      await expect(
        cms.payload.create({
          collection: 'users',
          data: {
            email: 'new@example.test',
            password: 'correct-horse-battery',
            name: 'Новый',
            role: 'admin',
          },
          ...asUser(cms.f.editor),
        }),
      ).rejects.toThrow()
      const updated = await cms.payload.update({
        collection: 'users',
        id: cms.f.editor.id,
        data: { role: 'admin' },
        ...asUser(cms.f.editor),
      })
      expect(updated.role).toBe('editor')
    })

    it('an admin creates users and sets roles', async () => {
      const user = await cms.payload.create({
        collection: 'users',
        data: {
          email: 'curator2@example.test',
          password: 'correct-horse-battery',
          name: 'Куратор 2',
          role: 'curator',
          forums: [cms.f.otherForum.id],
        },
        ...asUser(cms.f.admin),
      })
      expect(user.role).toBe('curator')
    })
  })

  describe('editor', () => {
    it('sees drafts and edits any session', async () => {
      const draft = await cms.payload.findByID({
        collection: 'sessions',
        id: cms.f.draftSession.id,
        draft: true,
        ...asUser(cms.f.editor),
      })
      expect(draft.title).toBe('Секретный черновик')
      const updated = await cms.payload.update({
        collection: 'sessions',
        id: cms.f.foreignSession.id,
        data: { lead: 'Анонс' },
        ...asUser(cms.f.editor),
      })
      expect(updated.lead).toBe('Анонс')
    })

    it('manages partners', async () => {
      const partner = await cms.payload.create({
        collection: 'partners',
        data: { name: 'Учи-Лаб', kind: 'company', _status: 'published' },
        ...asUser(cms.f.editor),
      })
      expect(partner.slug).toBe('uchi-lab')
    })
  })

  describe('forum curator', () => {
    it('edits a session of its own forum', async () => {
      const updated = await cms.payload.update({
        collection: 'sessions',
        id: cms.f.publishedSession.id,
        data: { lead: 'Куратор правит' },
        ...asUser(cms.f.curator),
      })
      expect(updated.lead).toBe('Куратор правит')
    })

    it('cannot edit a session of another forum', async () => {
      await expect(
        cms.payload.update({
          collection: 'sessions',
          id: cms.f.foreignSession.id,
          data: { lead: 'Чужое' },
          ...asUser(cms.f.curator),
        }),
      ).rejects.toThrow()
      const unchanged = await cms.payload.findByID({
        collection: 'sessions',
        id: cms.f.foreignSession.id,
        overrideAccess: true,
      })
      expect(unchanged.lead).not.toBe('Чужое')
    })

    it('cannot move its session into another forum', async () => {
      await expect(
        cms.payload.update({
          collection: 'sessions',
          id: cms.f.publishedSession.id,
          data: { forum: cms.f.otherForum.id },
          ...asUser(cms.f.curator),
        }),
      ).rejects.toThrow(/форум|forum/i)
      const unchanged = await cms.payload.findByID({
        collection: 'sessions',
        id: cms.f.publishedSession.id,
        overrideAccess: true,
        depth: 0,
      })
      expect(unchanged.forum).toBe(cms.f.forum.id)
    })

    it('creates sessions in its own forum only', async () => {
      const data = {
        title: 'Новая сессия куратора',
        edition: cms.f.edition.id,
        format: 'panel' as const,
        status: 'scheduled' as const,
        start_tz: 'Europe/Moscow' as const,
        end_tz: 'Europe/Moscow' as const,
        start: moscow('2020-04-27', '12:00'),
        end: moscow('2020-04-27', '13:00'),
      }
      const own = await cms.payload.create({
        collection: 'sessions',
        data: { ...data, forum: cms.f.forum.id },
        ...asUser(cms.f.curator),
      })
      expect(own.id).toBeDefined()
      await expect(
        cms.payload.create({
          collection: 'sessions',
          data: { ...data, title: 'Чужой форум', forum: cms.f.otherForum.id },
          ...asUser(cms.f.curator),
        }),
      ).rejects.toThrow()
    })

    it('cannot delete sessions, even its own', async () => {
      await expect(
        cms.payload.delete({
          collection: 'sessions',
          id: cms.f.publishedSession.id,
          ...asUser(cms.f.curator),
        }),
      ).rejects.toThrow()
    })

    it('cannot edit partners or editions', async () => {
      await expect(
        cms.payload.update({
          collection: 'editions',
          id: cms.f.edition.id,
          data: { theme: 'x' },
          ...asUser(cms.f.curator),
        }),
      ).rejects.toThrow()
      await expect(
        cms.payload.create({
          collection: 'partners',
          data: { name: 'Партнёр куратора', kind: 'company' },
          ...asUser(cms.f.curator),
        }),
      ).rejects.toThrow()
    })

    it('adds experts for its sessions', async () => {
      const expert = await cms.payload.create({
        collection: 'experts',
        data: { name: 'Новый Спикер' },
        ...asUser(cms.f.curator),
      })
      expect(expert.slug).toBe('noviy-spiker')
    })
  })

  describe('forum curator, beyond its sessions', () => {
    const quiet = { overrideAccess: true, context: { skipSiteRebuild: true } }

    async function image(alt: string, name: string) {
      const data = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#345678' } })
        .png()
        .toBuffer()
      return cms.payload.create({
        collection: 'media',
        ...quiet,
        data: { alt },
        file: { data, name, mimetype: 'image/png', size: data.length },
      })
    }

    it('edits an expert who speaks only in its forums, and no one who speaks elsewhere or nowhere', async () => {
      const { payload, f } = cms
      const rename = (id: number | string, name: string) =>
        payload.update({ collection: 'experts', id, data: { name }, ...asUser(f.curator) })
      await expect(rename(f.publishedExpert.id, 'Анна Петрова')).resolves.toMatchObject({
        name: 'Анна Петрова',
      })

      await payload.update({
        collection: 'sessions',
        id: f.foreignSession.id,
        data: { participants: [{ expert: f.publishedExpert.id, role: 'speaker' }] },
        ...quiet,
      })
      await expect(rename(f.publishedExpert.id, 'Чужая правка')).rejects.toThrow()
      await expect(
        payload.update({
          collection: 'experts',
          id: f.publishedExpert.id,
          data: { _status: 'draft' },
          ...asUser(f.curator),
        }),
      ).rejects.toThrow()
      await payload.update({
        collection: 'sessions',
        id: f.foreignSession.id,
        data: { participants: [] },
        ...quiet,
      })

      const unused = await payload.create({
        collection: 'experts',
        data: { name: 'Никто Нигде', _status: 'published' },
        ...quiet,
      })
      await expect(rename(unused.id, 'Правка')).rejects.toThrow()
      const stored = await payload.findByID({
        collection: 'experts',
        id: f.publishedExpert.id,
        overrideAccess: true,
      })
      expect(stored).toMatchObject({ name: 'Анна Петрова', _status: 'published' })
    })

    it('re-describes the photo of its own expert, and cannot touch a partner’s logo', async () => {
      const { payload, f } = cms
      const photo = await image('Анна', 'anna-curator.png')
      const logo = await image('Логотип Знайки', 'znayka-logo.png')
      await payload.update({
        collection: 'experts',
        id: f.publishedExpert.id,
        data: { photo: photo.id },
        ...quiet,
      })
      const partner = await payload.create({
        collection: 'partners',
        data: { name: 'Знайка', kind: 'company', logo: logo.id, _status: 'published' },
        ...quiet,
      })
      const curator = asUser(f.curator)
      await expect(
        payload.update({
          collection: 'media',
          id: photo.id,
          data: { alt: 'Анна Петрова на сцене' },
          ...curator,
        }),
      ).resolves.toMatchObject({ alt: 'Анна Петрова на сцене' })
      await expect(
        payload.update({ collection: 'media', id: logo.id, data: { alt: 'x' }, ...curator }),
      ).rejects.toThrow()
      await expect(payload.delete({ collection: 'media', id: logo.id, ...curator })).rejects.toThrow()
      const kept = await payload.findByID({
        collection: 'partners',
        id: partner.id,
        depth: 1,
        overrideAccess: true,
      })
      expect(kept.logo).toMatchObject({ id: logo.id, alt: 'Логотип Знайки' })
    })
  })
})

import type { Conflict } from '@programma/shared'
import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { conflictsEndpoint } from '../src/endpoints/conflicts'
import type { Session } from '../src/payload-types'
import { cmsWithFixtures } from './helpers/cmsWithFixtures'
import { type Fixtures, moscow } from './helpers/fixtures'
import { TEST_DATABASES } from './helpers/payload'

describe.each(TEST_DATABASES)('scheduling conflicts on $name', (database) => {
  const cms = cmsWithFixtures(database)

  async function conflicts(user: Fixtures['admin'] | undefined, session?: number | string) {
    const req = {
      payload: cms.payload,
      user: user ? { ...user, collection: 'users' } : null,
      searchParams: new URLSearchParams(session === undefined ? '' : { session: String(session) }),
      context: {},
    } as unknown as PayloadRequest
    const response = (await conflictsEndpoint.handler(req)) as Response
    return { status: response.status, body: (await response.json()) as { conflicts: Conflict[] } }
  }

  async function session(title: string, day: string, from: string, to: string, extra: Partial<Session> = {}) {
    return cms.payload.create({
      collection: 'sessions',
      overrideAccess: true,
      data: {
        title,
        edition: cms.f.edition.id,
        forum: cms.f.otherForum.id,
        format: 'panel',
        start: moscow(day, from),
        start_tz: 'Europe/Moscow',
        end: moscow(day, to),
        end_tz: 'Europe/Moscow',
        status: 'scheduled',
        place: { hall: `Студия «${title}»` },
        participants: [{ expert: cms.f.publishedExpert.id, role: 'moderator' }],
        _status: 'published',
        ...extra,
      },
    })
  }

  const kindsFor = (list: Conflict[], id: number | string) =>
    list
      .filter((conflict) => conflict.sessions.map(String).includes(String(id)))
      .map((conflict) => conflict.kind)

  it('warns about an expert in two overlapping sessions, and forgets it once fixed', async () => {
    const first = await session('Утро', '2020-04-27', '10:00', '11:00')
    const second = await session('Наложение', '2020-04-27', '10:30', '11:30')
    const before = await conflicts(cms.f.editor, first.id)
    expect(before.status).toBe(200)
    expect(before.body.conflicts).toEqual([
      expect.objectContaining({ kind: 'expert-double-booked', sessions: [first.id, second.id] }),
    ])
    expect(before.body.conflicts[0]?.message.ru).toContain(cms.f.publishedExpert.name)
    await cms.payload.update({
      collection: 'sessions',
      id: second.id,
      overrideAccess: true,
      data: { start: moscow('2020-04-27', '11:00'), end: moscow('2020-04-27', '12:00') },
    })
    expect((await conflicts(cms.f.editor, first.id)).body.conflicts).toEqual([])
  })

  it('counts the latest draft of a published session, as the edit view shows it', async () => {
    const kept = await session('Опубликована', '2020-04-29', '10:00', '11:00')
    const moved = await session('Сдвинута в черновике', '2020-04-29', '12:00', '13:00')
    expect((await conflicts(cms.f.editor, kept.id)).body.conflicts).toEqual([])
    await cms.payload.update({
      collection: 'sessions',
      id: moved.id,
      draft: true,
      overrideAccess: true,
      data: { start: moscow('2020-04-29', '10:30'), end: moscow('2020-04-29', '11:30'), _status: 'draft' },
    })
    expect(kindsFor((await conflicts(cms.f.editor, kept.id)).body.conflicts, moved.id)).toEqual([
      'expert-double-booked',
    ])
  })

  it('warns about one hall booked twice at once', async () => {
    const hall = { hall: 'Конгресс-холл' }
    const a = await session('Зал 1', '2020-04-28', '12:00', '13:00', { place: hall, participants: [] })
    const b = await session('Зал 2', '2020-04-28', '12:30', '13:30', {
      place: { hall: 'конгресс-холл ' },
      participants: [],
    })
    const all = (await conflicts(cms.f.editor)).body.conflicts
    expect(all).toContainEqual(
      expect.objectContaining({ kind: 'place-double-booked', sessions: [a.id, b.id], hall: 'Конгресс-холл' }),
    )
  })

  it('warns about a session with no moderator, a draft included', async () => {
    const draft = await session('Без ведущего', '2020-04-28', '15:00', '16:00', {
      participants: [{ expert: cms.f.publishedExpert.id, role: 'speaker' }],
      _status: 'draft',
    })
    expect(kindsFor((await conflicts(cms.f.editor, draft.id)).body.conflicts, draft.id)).toEqual([
      'no-moderator',
    ])
  })

  it('keeps a session outside its edition or its stages, and warns about it', async () => {
    const late = await session('После салона', '2020-06-15', '12:00', '13:00')
    const between = await session('Между этапами', '2020-05-20', '12:00', '13:00')
    const all = (await conflicts(cms.f.editor)).body.conflicts
    expect(kindsFor(all, late.id)).toEqual(['outside-edition'])
    expect(kindsFor(all, between.id)).toEqual(['outside-stage'])
  })

  it('shows a curator only the conflicts touching its forums, and no one else anything', async () => {
    const a = await session('Чужой 1', '2020-04-28', '17:00', '18:00', { forum: cms.f.otherForum.id })
    const b = await session('Чужой 2', '2020-04-28', '17:30', '18:30', { forum: cms.f.otherForum.id })
    const editorView = (await conflicts(cms.f.editor)).body.conflicts
    expect(
      editorView.some((conflict) => conflict.sessions.includes(a.id) && conflict.sessions.includes(b.id)),
    ).toBe(true)
    const curatorView = await conflicts(cms.f.curator)
    expect(curatorView.status).toBe(200)
    expect(curatorView.body.conflicts.some((conflict) => conflict.sessions.includes(a.id))).toBe(false)
    const own = await session('Свой', '2020-04-28', '17:15', '17:45', { forum: cms.f.forum.id })
    const afterOwn = (await conflicts(cms.f.curator, own.id)).body.conflicts
    expect(afterOwn.map((conflict) => conflict.kind)).toContain('expert-double-booked')
    expect((await conflicts(undefined)).status).toBe(403)
  })
})

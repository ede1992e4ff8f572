import { describe, expect, it } from 'vitest'

import { type ConflictEdition, type ConflictSession, findConflicts } from '../src/conflicts'
import { zonedTimeToUtc } from '../src/time'

const EDITION: ConflictEdition = {
  id: 1,
  startDate: '2022-04-28T21:00:00.000Z',
  endDate: '2022-04-29T21:00:00.000Z',
  timeZone: 'Europe/Moscow',
  stages: [{ name: 'Салон', startDate: '2022-04-28T21:00:00.000Z', endDate: '2022-04-28T21:00:00.000Z' }],
}

function session(
  id: number,
  from: string,
  to: string,
  extra: Partial<ConflictSession> = {},
): ConflictSession {
  return {
    id,
    title: `Сессия ${id}`,
    start: zonedTimeToUtc('2022-04-29', from, 'Europe/Moscow').toISOString(),
    end: zonedTimeToUtc('2022-04-29', to, 'Europe/Moscow').toISOString(),
    edition: 1,
    hall: `Зал ${id}`,
    participants: [{ expert: 100 + id, role: 'moderator' }],
    ...extra,
  }
}

const context = { editions: [EDITION], expertNames: new Map([['7', 'Анна Петрова']]) }
const kinds = (sessions: ConflictSession[]) =>
  findConflicts(sessions, context).map((conflict) => conflict.kind)

describe('findConflicts', () => {
  it('finds nothing in a clean programme', () => {
    expect(kinds([session(1, '10:00', '11:00'), session(2, '10:00', '11:00')])).toEqual([])
  })

  it('finds an expert in two overlapping sessions, whatever their role, and names them', () => {
    const moderator = { expert: 7, role: 'moderator' }
    const speaker = { expert: 7, role: 'speaker' }
    const conflicts = findConflicts(
      [
        session(1, '10:00', '11:00', { participants: [moderator] }),
        session(2, '10:30', '12:00', { participants: [{ expert: 9, role: 'moderator' }, speaker] }),
      ],
      context,
    )
    expect(conflicts).toEqual([
      expect.objectContaining({ kind: 'expert-double-booked', sessions: [1, 2], expert: '7' }),
    ])
    expect(conflicts[0]?.message.ru).toBe(
      'Анна Петрова участвует в двух сессиях одновременно: «Сессия 1» (29.04 10:00–11:00 UTC+3) и «Сессия 2» (29.04 10:30–12:00 UTC+3)',
    )
  })

  it('lets a session start when the previous one ends', () => {
    const expert = [{ expert: 7, role: 'moderator' }]
    expect(
      kinds([
        session(1, '10:00', '11:00', { participants: expert, hall: 'Зал А' }),
        session(2, '11:00', '12:00', { participants: expert, hall: 'Зал А' }),
      ]),
    ).toEqual([])
  })

  it('finds one place booked twice, however the hall is spelled', () => {
    expect(
      findConflicts(
        [
          session(1, '10:00', '11:00', { hall: 'Конгресс-холл' }),
          session(2, '10:45', '11:30', { hall: ' конгресс-холл ' }),
        ],
        context,
      ),
    ).toEqual([
      expect.objectContaining({ kind: 'place-double-booked', sessions: [1, 2], hall: 'Конгресс-холл' }),
    ])
  })

  it('ignores cancelled sessions', () => {
    const expert = [{ expert: 7, role: 'moderator' }]
    expect(
      kinds([
        session(1, '10:00', '11:00', { participants: expert }),
        session(2, '10:00', '11:00', { participants: expert, status: 'cancelled', hall: 'Зал 1' }),
      ]),
    ).toEqual([])
  })

  it('finds a session outside its edition, and one outside every stage', () => {
    const early: ConflictSession = {
      ...session(1, '10:00', '11:00'),
      start: zonedTimeToUtc('2022-04-27', '10:00', 'Europe/Moscow').toISOString(),
      end: zonedTimeToUtc('2022-04-27', '11:00', 'Europe/Moscow').toISOString(),
    }
    const betweenStages: ConflictSession = {
      ...session(2, '10:00', '11:00'),
      start: zonedTimeToUtc('2022-04-30', '10:00', 'Europe/Moscow').toISOString(),
      end: zonedTimeToUtc('2022-04-30', '11:00', 'Europe/Moscow').toISOString(),
    }
    expect(kinds([early, betweenStages])).toEqual(['outside-edition', 'outside-stage'])
    expect(findConflicts([early], context)[0]?.message.en).toContain('(2022-04-29 — 2022-04-30)')
  })

  it('gives times on the clock of each session’s edition, with its offset', () => {
    const berlin: ConflictEdition = { id: 2, timeZone: 'Europe/Berlin' }
    const [conflict] = findConflicts(
      [{ ...session(1, '10:00', '11:00'), edition: 2, participants: [{ expert: 3, role: 'speaker' }] }],
      { editions: [EDITION, berlin] },
    )
    expect(conflict?.message.en).toBe('“Сессия 1” (29.04 09:00–10:00 UTC+2) has no moderator')
    const [unzoned] = findConflicts(
      [{ ...session(1, '10:00', '11:00'), edition: 9, participants: [{ expert: 3, role: 'speaker' }] }],
      { editions: [] },
    )
    expect(unzoned?.message.en).toBe('“Сессия 1” (29.04 07:00–08:00 UTC) has no moderator')
  })

  it('finds a session without a moderator', () => {
    expect(kinds([session(1, '10:00', '11:00', { participants: [{ expert: 3, role: 'speaker' }] })])).toEqual(
      ['no-moderator'],
    )
  })

  it('reports every pair once when many sessions overlap, and only those', () => {
    const expert = [{ expert: 7, role: 'moderator' }]
    const sessions = [
      session(1, '10:00', '13:00', { participants: expert }),
      session(2, '10:30', '11:00', { participants: expert }),
      session(3, '11:30', '12:00', { participants: expert }),
      session(4, '13:00', '14:00', { participants: expert }),
    ]
    expect(findConflicts(sessions, context).map((conflict) => conflict.sessions)).toEqual([
      [1, 2],
      [1, 3],
    ])
  })

  it('finds no false clash among 3,500 sessions of an archive, and the one clash added to them', () => {
    const sessions = Array.from({ length: 3500 }, (_, index) => ({
      ...session(index, '10:00', '11:00', {
        hall: `Зал ${index % 40}`,
        participants: [{ expert: index % 900, role: 'moderator' }],
      }),
      start: new Date(Date.UTC(2015, 0, 1) + index * 3_600_000).toISOString(),
      end: new Date(Date.UTC(2015, 0, 1) + index * 3_600_000 + 1_800_000).toISOString(),
      edition: 0,
    }))
    expect(findConflicts(sessions, context)).toEqual([])
    const clash = { ...sessions[10], id: 'clash' } as ConflictSession
    expect(
      findConflicts([...sessions, clash], context)
        .map((conflict) => conflict.kind)
        .sort(),
    ).toEqual(['expert-double-booked', 'place-double-booked'])
  })
})

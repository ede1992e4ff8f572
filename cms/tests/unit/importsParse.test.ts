import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'

import { localized } from '../../src/imports/cells'
import { decodeCsv, detectDelimiter, ImportFileError } from '../../src/imports/decode'
import { MAX_ROWS, parseCsv } from '../../src/imports/parse'
import { participantsCell, participantsOf } from '../../src/imports/participants'
import type { References } from '../../src/imports/types'
import { fromSpreadsheetSafe, spreadsheetSafe } from '../../src/imports/spreadsheetSafe'
import { CellError, termValue, zonedInstant, zonedText } from '../../src/imports/values'
import { SESSION_FORMATS } from '@programma/shared'

const utf8 = (text: string) => new TextEncoder().encode(text)

function failure(run: () => unknown): Error {
  try {
    run()
  } catch (error) {
    return error as Error
  }
  throw new Error('expected it to throw')
}

describe('reading the bytes of a spreadsheet', () => {
  it('reads UTF-8 and drops its BOM', () => {
    const { text, encoding } = decodeCsv(utf8('\uFEFFname_ru\nЁлкин\n'))
    expect(encoding).toBe('utf-8')
    expect(text).toBe('name_ru\nЁлкин\n')
  })

  it('reads Windows-1251, as Excel saves CSV in Russian offices', () => {
    const bytes = new Uint8Array(iconv.encode('name_ru;city_ru\nСемён Ёлкин;Тверь «Центр» №5\n', 'win1251'))
    expect(decodeCsv(bytes)).toEqual({
      text: 'name_ru;city_ru\nСемён Ёлкин;Тверь «Центр» №5\n',
      encoding: 'windows-1251',
    })
  })

  it('refuses what is neither: UTF-16, a workbook, binary bytes', () => {
    const utf16 = new Uint8Array(iconv.encode('name_ru\nЁлкин\n', 'utf16le'))
    expect(failure(() => decodeCsv(utf16)).message).toMatch(/neither UTF-8 nor Windows-1251/)
    const withBom = new Uint8Array([0xff, 0xfe, ...utf16])
    expect(failure(() => decodeCsv(withBom)).message).toMatch(/UTF-16/)
    const workbook = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])
    expect(failure(() => decodeCsv(workbook)).message).toMatch(/XLSX/)
    const undefinedByte = new Uint8Array([0x6e, 0x61, 0xe8, 0x98, 0x0a])
    expect(failure(() => decodeCsv(undefinedByte))).toBeInstanceOf(ImportFileError)
  })

  it('tells `;` from `,` by the header', () => {
    expect(detectDelimiter('slug;name_ru;organisation_ru\nx;"Иванов, Иван";y')).toBe(';')
    expect(detectDelimiter('slug,name_ru\nx;y,z')).toBe(',')
  })
})

describe('parsing rows', () => {
  it('numbers rows by the line they start on, header = 1, across quoted line breaks, blank lines and rows of bare separators', () => {
    const csv = 'slug;name_ru\r\na;"Первая\r\nстрока"\r\n\r\nb;Вторая\r\n;\r\nc;Третья'
    const parsed = parseCsv(utf8(csv))
    expect(parsed).toMatchObject({ delimiter: ';', columns: ['slug', 'name_ru'] })
    expect(parsed.rows.map((row) => [row.line, row.values.slug])).toEqual([
      [2, 'a'],
      [5, 'b'],
      [7, 'c'],
    ])
    expect(parsed.rows[0]?.values.name_ru).toBe('Первая\nстрока')
  })

  it('says on which line the CSV breaks', () => {
    const error = failure(() =>
      parseCsv(utf8('slug,name_ru\na,Первый\nb,Второй,лишнее\n')),
    ) as ImportFileError
    expect(error.line).toBe(3)
    expect(error.message).toMatch(/not valid CSV/)
  })

  it(`takes ${MAX_ROWS} rows and refuses one more`, () => {
    const rows = (count: number) =>
      utf8(['slug', ...Array.from({ length: count }, (_, index) => `s-${index}`)].join('\n'))
    expect(parseCsv(rows(MAX_ROWS)).rows).toHaveLength(MAX_ROWS)
    expect(failure(() => parseCsv(rows(MAX_ROWS + 1))).message).toMatch(/more than 10000 rows/)
  })
})

describe('cells', () => {
  it('reads the edition’s clock in both spellings, and gives it back in one', () => {
    expect(zonedInstant('start', '2022-08-22 10:00', 'Europe/Moscow')).toBe('2022-08-22T07:00:00.000Z')
    expect(zonedInstant('start', '22.08.2022 10:00', 'Europe/Moscow')).toBe('2022-08-22T07:00:00.000Z')
    expect(zonedInstant('start', '2.8.2022 9:05', 'Europe/Moscow')).toBe('2022-08-02T06:05:00.000Z')
    expect(zonedText('2022-08-22T07:00:00.000Z', 'Europe/Moscow')).toBe('2022-08-22 10:00')
    expect(zonedInstant('start', '2022-08-22 10:00', 'Europe/Berlin')).toBe('2022-08-22T08:00:00.000Z')
    expect(zonedText('2022-08-22T08:00:00.000Z', 'Europe/Berlin')).toBe('2022-08-22 10:00')
  })

  it('refuses a time the edition’s clock skips, naming the zone', () => {
    const error = failure(() => zonedInstant('start', '2022-03-27 02:30', 'Europe/Berlin')) as CellError
    expect(error.column).toBe('start')
    expect(error.message).toContain('Europe/Berlin')
    expect(zonedInstant('start', '2022-03-27 02:30', 'Europe/Moscow')).toBe('2022-03-26T23:30:00.000Z')
  })

  it('names the column and the value of a date that does not exist or cannot be read', () => {
    for (const value of ['31.02.2020 10:00', '2022-08-22', '2022-08-22 25:00', 'завтра']) {
      const error = failure(() => zonedInstant('end', value, 'Europe/Moscow')) as CellError
      expect(error).toBeInstanceOf(CellError)
      expect(error.column).toBe('end')
      expect(error.message).toContain(`«${value}»`)
    }
  })

  it('takes a vocabulary value or its label in either language', () => {
    expect(termValue('format', 'round-table', SESSION_FORMATS)).toBe('round-table')
    expect(termValue('format', 'Круглый стол', SESSION_FORMATS)).toBe('round-table')
    expect(termValue('format', 'round table', SESSION_FORMATS)).toBe('round-table')
    expect(failure(() => termValue('format', 'party', SESSION_FORMATS)).message).toMatch(
      /«party».*allowed: plenary, round-table/,
    )
  })

  it('clears an English cell left empty, except a required one, which it leaves alone', () => {
    const values = { name_ru: 'Иван', name_en: '', city_ru: 'Тверь', city_en: '' }
    expect(localized(values, ['name', 'city'], ['name'])).toEqual({
      ru: { name: 'Иван', city: 'Тверь' },
      en: { city: null },
    })
  })
})

describe('the participants column', () => {
  const refs: References = {
    editions: new Map(),
    forums: new Map(),
    experts: new Map<string, number>([
      ['ivanov-ivan', 1],
      ['petrova-anna', 2],
    ]),
    slugOf: new Map([
      ['experts:1', 'ivanov-ivan'],
      ['experts:2', 'petrova-anna'],
    ]),
  }

  it('reads role:slug in order, a bare slug as a speaker, roles by label too', () => {
    expect(participantsOf('moderator:ivanov-ivan; petrova-anna', refs, undefined)).toEqual([
      { role: 'moderator', expert: 1 },
      { role: 'speaker', expert: 2 },
    ])
    expect(participantsOf('Модератор: petrova-anna', refs, undefined)).toEqual([
      { role: 'moderator', expert: 2 },
    ])
    expect(
      participantsCell(participantsOf('host:ivanov-ivan;speaker:petrova-anna', refs, undefined), refs),
    ).toBe('host:ivanov-ivan; speaker:petrova-anna')
  })

  it('names an unknown expert and an unknown role', () => {
    const expert = failure(() => participantsOf('speaker:nikto', refs, undefined)) as CellError
    expect([expert.column, expert.message]).toEqual([
      'participants',
      '«nikto» — нет такого эксперта — no such expert',
    ])
    expect(failure(() => participantsOf('boss:ivanov-ivan', refs, undefined)).message).toMatch(/^«boss»/)
  })

  it('keeps the row, and the talk title, of a participant already on the session', () => {
    const stored = { participants: [{ id: 'row-1', role: 'speaker', expert: 2, topic: 'Доклад' }] }
    expect(participantsOf('moderator:ivanov-ivan; speaker:petrova-anna', refs, stored)).toEqual([
      { role: 'moderator', expert: 1 },
      { role: 'speaker', expert: 2, id: 'row-1', topic: 'Доклад' },
    ])
  })
})

describe('cells a spreadsheet would run', () => {
  it('are written as text and read back exactly, apostrophes included', () => {
    const values = ['=1+1', '+7 495', '-5', '@A1', '\tindent', '\rline', "'quoted", "''twice", 'plain', '']
    const written = values.map(spreadsheetSafe)
    expect(written.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([])
    expect(written.map(fromSpreadsheetSafe)).toEqual(values)
    expect(spreadsheetSafe('Знайка')).toBe('Знайка')
  })
})

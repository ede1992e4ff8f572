import { describe, expect, it } from 'vitest'

import { groupByLetter, indexLetter } from '../src/lib/alphabet'

describe('expert index', () => {
  it('files people under their surname, Ё with Е', () => {
    expect(indexLetter('Анна Петрова', 'ru')).toBe('П')
    expect(indexLetter('Фёдор Ёлкин', 'ru')).toBe('Е')
    expect(indexLetter('Anna Petrova', 'ru')).toBe('P')
  })

  it('groups and orders by the Russian alphabet', () => {
    const names = ['Ольга Яковлева', 'Анна Петрова', 'Игорь Белов', 'Павел Борисов']
    expect(groupByLetter(names, (name) => name, 'ru')).toEqual([
      { letter: 'Б', items: ['Игорь Белов', 'Павел Борисов'] },
      { letter: 'П', items: ['Анна Петрова'] },
      { letter: 'Я', items: ['Ольга Яковлева'] },
    ])
  })
})

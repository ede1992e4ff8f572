import { describe, expect, it } from 'vitest'

import {
  alternates,
  footerDataLinks,
  footerSections,
  headerSections,
  isCurrentSection,
} from '../src/lib/navigation'

describe('the site’s navigation', () => {
  it('lists the sections in the page’s language', () => {
    expect(headerSections('en').map((link) => link.href)).toEqual([
      '/en/',
      '/en/recordings/',
      '/en/experts/',
      '/en/partners/',
      '/en/my/',
    ])
    expect(footerSections('ru').map((link) => link.label)).toEqual([
      'Программа',
      'Эксперты',
      'Партнёры',
      'Поиск',
      'Моя программа',
    ])
    expect(footerDataLinks('ru').map((link) => link.href)).toEqual(['/#calendar-feeds', '/#open-data'])
  })

  it('marks the home page current only on itself, other sections on every page below them', () => {
    expect(isCurrentSection('/', '/', 'ru')).toBe(true)
    expect(isCurrentSection('/experts/anna-petrova/', '/', 'ru')).toBe(false)
    expect(isCurrentSection('/experts/anna-petrova/', '/experts/', 'ru')).toBe(true)
    expect(isCurrentSection('/en/', '/en/', 'en')).toBe(true)
    expect(isCurrentSection('/en/partners/', '/en/experts/', 'en')).toBe(false)
  })

  it('gives the page in both languages as absolute addresses', () => {
    expect(alternates('/en/experts/', new URL('https://programme.example.org'), ['ru', 'en'])).toEqual([
      { code: 'ru', href: 'https://programme.example.org/experts/' },
      { code: 'en', href: 'https://programme.example.org/en/experts/' },
    ])
  })
})

import { describe, expect, it } from 'vitest'

import { isValidSlug, latinize, numberedSlug, slugify } from '../src/slug'

describe('slugify', () => {
  it.each([
    [
      'Опыт, проблемы и перспективы дистанционного обучения в Самарской области',
      'opyt-problemy-i-perspektivy-distantsionnogo-obucheniya-v-samarskoy-oblasti',
    ],
    ['Назад в будущее', 'nazad-v-buduschee'],
    ['Ёлка и щётка', 'yolka-i-schyotka'],
    ['ММСО-2020: «Продолжение»', 'mmso-2020-prodolzhenie'],
    ['Digital School 2.0', 'digital-school-2-0'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug)
  })

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Очень '.repeat(40))
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug.endsWith('-')).toBe(false)
    expect(isValidSlug(slug)).toBe(true)
  })

  it('gives nothing for a title with no letters or digits', () => {
    expect(slugify('«—»')).toBe('')
  })
})

describe('isValidSlug', () => {
  it('accepts lowercase latin words joined by dashes', () => {
    expect(isValidSlug('mmso-2020')).toBe(true)
  })

  it.each(['', 'MMSO', 'a--b', '-a', 'a-', 'ммсо', 'a b', '<script>'])('refuses %j', (value) => {
    expect(isValidSlug(value)).toBe(false)
  })
})

describe('numberedSlug and latinize', () => {
  it('numbers repeats from 2', () => {
    expect(numberedSlug('ivan-ivanov', 1)).toBe('ivan-ivanov')
    expect(numberedSlug('ivan-ivanov', 3)).toBe('ivan-ivanov-3')
  })

  it('spells Russian names in latin letters, keeping case', () => {
    expect(latinize('Анна Петрова')).toBe('Anna Petrova')
  })
})

import { describe, expect, it } from 'vitest'

import { planAlleys, type TextStand } from '../../src/dataMigrations/standAlleys'

const stand = (
  partner: number,
  alley: string,
  number: string | null,
  edition: number | null = 1,
): TextStand => ({
  partner,
  locale: 'ru',
  alley,
  number,
  edition,
})

describe('moving text alleys to alley documents', () => {
  it('makes one alley per edition and name, with stands in the order of their numbers', () => {
    const plan = planAlleys([
      stand(3, 'Аллея регионов', 'Р-10'),
      stand(1, 'Аллея регионов', 'Р-2'),
      stand(2, 'Аллея компаний', 'К-01'),
      stand(4, 'Аллея регионов ', 'Р-01', 2),
      { partner: 1, locale: 'en', alley: 'Regions alley', number: 'Р-2', edition: 1 },
    ])
    expect(plan).toEqual([
      {
        slug: 'alleya-regionov-1',
        edition: 1,
        names: { ru: 'Аллея регионов', en: 'Regions alley' },
        partners: [1, 3],
      },
      { slug: 'alleya-kompaniy-1', edition: 1, names: { ru: 'Аллея компаний' }, partners: [2] },
      { slug: 'alleya-regionov-2', edition: 2, names: { ru: 'Аллея регионов' }, partners: [4] },
    ])
  })

  it('leaves out stands of partners with no edition, which an alley cannot belong to', () => {
    expect(planAlleys([stand(1, 'Аллея', 'A-1', null)])).toEqual([])
  })
})

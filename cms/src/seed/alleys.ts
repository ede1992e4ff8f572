import type { SeedAlley, SeedPartner, SeedStand, Text } from './types'

interface AlleyPlan {
  key: string
  name: Text
  kind?: SeedPartner['kind']
  colour: string
  prefix: string
}

/**
 * The exhibition's alleys: a central one for the salon's general and strategic partners,
 * then one for each kind of partner, as at the 2020 virtual exhibition.
 */
const ALLEY_PLANS: AlleyPlan[] = [
  {
    key: 'tsentralnaya',
    name: { ru: 'Центральная аллея', en: 'Central alley' },
    colour: '#c2255c',
    prefix: 'Ц',
  },
  {
    key: 'kompaniy',
    name: { ru: 'Аллея компаний', en: 'Companies alley' },
    kind: 'company',
    colour: '#1f5fbf',
    prefix: 'К',
  },
  {
    key: 'regionov',
    name: { ru: 'Аллея регионов', en: 'Regions alley' },
    kind: 'region',
    colour: '#2b8a3e',
    prefix: 'Р',
  },
  {
    key: 'obrazovatelnykh-organizatsiy',
    name: { ru: 'Аллея образовательных организаций', en: 'Educational institutions alley' },
    kind: 'institution',
    colour: '#e67700',
    prefix: 'О',
  },
]

const ON_CENTRAL_ALLEY = new Set<SeedPartner['level']>(['general', 'strategic'])

function alleyOf(partner: SeedPartner): AlleyPlan {
  const central = ALLEY_PLANS[0] as AlleyPlan
  if (ON_CENTRAL_ALLEY.has(partner.level)) return central
  return ALLEY_PLANS.find((plan) => plan.kind === partner.kind) ?? central
}

function sizeOf(partner: SeedPartner, position: number): SeedStand['size'] {
  if (partner.level === 'general' || partner.level === 'strategic') return 'large'
  if (partner.level === 'partner') return 'medium'
  return position % 3 === 0 ? 'medium' : 'small'
}

/**
 * Every partner of the edition on a stand, in the order given: the alley follows its level
 * and kind, positions count from each alley's entrance, sizes follow the level, and the
 * salon's partners and every fifth stand are featured. Deterministic, no randomness.
 */
export function placeStands(
  partners: SeedPartner[],
  edition: string,
): { alleys: SeedAlley[]; partners: SeedPartner[] } {
  const alleys = ALLEY_PLANS.map((plan, order) => ({
    slug: `${edition}-${plan.key}`,
    edition,
    name: plan.name,
    ...(plan.kind ? { kind: plan.kind } : {}),
    order,
    colour: plan.colour,
  }))
  const taken = new Map<string, number>()
  const placed = partners.map((partner) => {
    if (!partner.editions.includes(edition)) return partner
    const plan = alleyOf(partner)
    const position = (taken.get(plan.key) ?? 0) + 1
    taken.set(plan.key, position)
    const stand: SeedStand = {
      alley: `${edition}-${plan.key}`,
      position,
      number: `${plan.prefix}-${String(position).padStart(2, '0')}`,
      size: sizeOf(partner, position),
      featured: ON_CENTRAL_ALLEY.has(partner.level) || position % 5 === 0,
    }
    return { ...partner, stand }
  })
  return {
    alleys: alleys.filter((alley) => taken.has(alley.slug.slice(edition.length + 1))),
    partners: placed,
  }
}

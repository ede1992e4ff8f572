import type { SeedProgramme } from './types'

/** Makes every slug of a kind unique by numbering repeats, in order: the result is deterministic. */
export function withUniqueSlugs<T extends { slug: string }>(items: T[]): T[] {
  const seen = new Map<string, number>()
  return items.map((item) => {
    const count = (seen.get(item.slug) ?? 0) + 1
    seen.set(item.slug, count)
    return count === 1 ? item : { ...item, slug: `${item.slug}-${count}` }
  })
}

export function normaliseProgramme(programme: SeedProgramme): SeedProgramme {
  return {
    ...(programme.site ? { site: programme.site } : {}),
    editions: withUniqueSlugs(programme.editions),
    forums: withUniqueSlugs(programme.forums),
    experts: withUniqueSlugs(programme.experts),
    partners: withUniqueSlugs(programme.partners),
    alleys: withUniqueSlugs(programme.alleys),
    sessions: withUniqueSlugs(programme.sessions),
  }
}

/** Days from `first` to `last` inclusive, as YYYY-MM-DD. */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = []
  for (
    let day = new Date(`${first}T00:00:00Z`);
    day <= new Date(`${last}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + 1)
  ) {
    days.push(day.toISOString().slice(0, 10))
  }
  return days
}

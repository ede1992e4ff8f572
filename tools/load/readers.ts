import { percentile } from '../bench/command'

export interface EndpointFigure {
  name: string
  requests: number
  errors: number
  p50: number
  p95: number
  p99: number
  max: number
}

interface Target {
  name: string
  path: string
  /** How often a reader picks it, relative to the others. */
  weight: number
}

/** What readers and the site's builds ask the CMS for; the whole snapshot is heavy, so rarely. */
export function readerTargets(
  sessionId: number | string,
  sessionSlug: string,
  edition: number | string,
): Target[] {
  return [
    {
      name: 'sessions of an edition, in time order',
      path: `/api/sessions?where[edition][equals]=${edition}&sort=start&limit=50&depth=1`,
      weight: 6,
    },
    { name: 'one session by id', path: `/api/sessions/${sessionId}?depth=2`, weight: 6 },
    {
      name: 'one session by slug',
      path: `/api/sessions?where[slug][equals]=${sessionSlug}&depth=1`,
      weight: 4,
    },
    { name: 'experts, a page', path: '/api/experts?limit=50&sort=name&depth=0', weight: 3 },
    { name: 'partners, a page', path: '/api/partners?limit=50&depth=0', weight: 2 },
    { name: 'editions', path: '/api/editions?depth=0', weight: 2 },
    { name: 'programme snapshot', path: '/api/snapshot', weight: 1 },
  ]
}

function pick(targets: Target[], random: () => number): Target {
  const total = targets.reduce((sum, target) => sum + target.weight, 0)
  let roll = random() * total
  for (const target of targets) {
    roll -= target.weight
    if (roll <= 0) return target
  }
  return targets[targets.length - 1] as Target
}

/** `readers` loops on loopback, each one request at a time, until `seconds` have passed. */
export async function loadReaders(
  origin: string,
  targets: Target[],
  readers: number,
  seconds: number,
): Promise<{ figures: EndpointFigure[]; failures: string[] }> {
  const samples = new Map<string, number[]>(targets.map((target) => [target.name, []]))
  const errors = new Map<string, number>(targets.map((target) => [target.name, 0]))
  const failures: string[] = []
  const deadline = Date.now() + seconds * 1000
  let seed = 7
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646
  const reader = async () => {
    while (Date.now() < deadline) {
      const target = pick(targets, random)
      const started = performance.now()
      try {
        const response = await fetch(`${origin}${target.path}`)
        await response.arrayBuffer()
        if (!response.ok) throw new Error(`answered ${response.status}`)
        samples.get(target.name)?.push(performance.now() - started)
      } catch (error) {
        errors.set(target.name, (errors.get(target.name) ?? 0) + 1)
        if (failures.length < 20) failures.push(`${target.name}: ${(error as Error).message}`)
      }
    }
  }
  await Promise.all(Array.from({ length: readers }, reader))
  const figures = targets.map((target) => {
    const times = samples.get(target.name) ?? []
    return {
      name: target.name,
      requests: times.length,
      errors: errors.get(target.name) ?? 0,
      p50: percentile(times, 0.5),
      p95: percentile(times, 0.95),
      p99: percentile(times, 0.99),
      max: Math.max(0, ...times),
    }
  })
  return { figures, failures }
}

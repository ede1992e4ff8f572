import { loginToken } from './cmsLogin'
import { startCms } from './cmsServer'
import { percentile } from './command'

export interface RestFigure {
  query: string
  samples: number
  p50: number
  p95: number
}

const WARM_UP = 5
const SAMPLES = 50
/** The snapshot is built whole on each request: a few samples tell its cost without taking minutes. */
const HEAVY_SAMPLES = 5

async function timed(url: string, headers: Record<string, string>): Promise<number> {
  const started = performance.now()
  const response = await fetch(url, { headers })
  await response.arrayBuffer()
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  return performance.now() - started
}

/** What editors ask the CMS most: list views, a day in time order, a title search, one edit view. */
async function editorQueries(
  origin: string,
  headers: Record<string, string>,
): Promise<Array<[string, string]>> {
  const first = (await (
    await fetch(`${origin}/api/sessions?limit=1&depth=0&sort=start`, { headers })
  ).json()) as {
    docs: Array<{ id: number | string; start: string }>
  }
  const session = first.docs[0]
  if (!session) throw new Error('The CMS holds no session to measure with')
  const day = session.start.slice(0, 10)
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
  return [
    ['sessions list (admin, 10 newest, drafts)', '/api/sessions?limit=10&depth=0&sort=-updatedAt&draft=true'],
    [
      'one day of sessions in time order',
      `/api/sessions?where[start][greater_than_equal]=${day}&where[start][less_than]=${next}&sort=start&limit=100&depth=0`,
    ],
    [
      'sessions by title word',
      `/api/sessions?where[title][like]=${encodeURIComponent('обучение')}&limit=10&depth=0`,
    ],
    ['one session for its edit view', `/api/sessions/${session.id}?depth=1&draft=true`],
    ['experts by name', `/api/experts?where[name][like]=${encodeURIComponent('Петр')}&limit=10&depth=0`],
    ['programme snapshot (site builds)', '/api/snapshot'],
  ]
}

function samplesFor(path: string): { warmUp: number; samples: number } {
  return path.startsWith('/api/snapshot')
    ? { warmUp: 1, samples: HEAVY_SAMPLES }
    : { warmUp: WARM_UP, samples: SAMPLES }
}

/** Starts the built CMS on the bench's database and times the queries, one after another. */
export async function measureRest(
  env: NodeJS.ProcessEnv,
  account: { email: string; password: string },
): Promise<RestFigure[]> {
  const cms = await startCms(env)
  try {
    const { origin } = cms
    const headers = { Authorization: `JWT ${await loginToken(origin, account.email, account.password)}` }
    const figures: RestFigure[] = []
    for (const [query, path] of await editorQueries(origin, headers)) {
      const { warmUp, samples: count } = samplesFor(path)
      for (let round = 0; round < warmUp; round += 1) await timed(`${origin}${path}`, headers)
      const samples: number[] = []
      for (let round = 0; round < count; round += 1) samples.push(await timed(`${origin}${path}`, headers))
      figures.push({ query, samples: count, p50: percentile(samples, 0.5), p95: percentile(samples, 0.95) })
    }
    return figures
  } finally {
    cms.stop()
  }
}

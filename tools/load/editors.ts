import { percentile } from '../bench/command'

interface Editor {
  email: string
  headers: Record<string, string>
  sessionId: number | string
}

export interface EditorFigures {
  saves: number
  failed: number
  savesPerSecond: number
  p50: number
  p95: number
  lostUpdates: string[]
}

async function json<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) throw new Error(`${what} answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as T
}

/** Makes `count` editor accounts as the admin, and signs each in. */
export async function signInEditors(
  origin: string,
  adminHeaders: Record<string, string>,
  sessionIds: Array<number | string>,
  count: number,
): Promise<Editor[]> {
  const editors: Editor[] = []
  for (let index = 0; index < count; index += 1) {
    const email = `load-editor-${index}@example.test`
    const password = `load-editor-password-${index}`
    await fetch(`${origin}/api/users`, {
      method: 'POST',
      headers: { ...adminHeaders, 'content-type': 'application/json' },
      body: JSON.stringify({ email, password, name: `Редактор ${index}`, role: 'editor' }),
    })
    const { token } = await json<{ token: string }>(
      await fetch(`${origin}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      }),
      `login ${email}`,
    )
    editors.push({
      email,
      headers: { Authorization: `JWT ${token}` },
      sessionId: sessionIds[index] as number,
    })
  }
  return editors
}

/**
 * Every editor saves its own session over and over for `seconds`; afterwards each session
 * must hold exactly the last text its editor saved.
 */
export async function loadEditors(
  origin: string,
  editors: Editor[],
  seconds: number,
): Promise<EditorFigures> {
  const deadline = Date.now() + seconds * 1000
  const times: number[] = []
  let failed = 0
  const lastSaved = new Map<string, string>()
  await Promise.all(
    editors.map(async (editor) => {
      for (let save = 0; Date.now() < deadline; save += 1) {
        const lead = `${editor.email}: правка ${save}`
        const started = performance.now()
        const response = await fetch(`${origin}/api/sessions/${editor.sessionId}`, {
          method: 'PATCH',
          headers: { ...editor.headers, 'content-type': 'application/json' },
          body: JSON.stringify({ lead, _status: 'published' }),
        })
        await response.arrayBuffer()
        if (response.ok) {
          times.push(performance.now() - started)
          lastSaved.set(editor.email, lead)
        } else failed += 1
      }
    }),
  )
  const lostUpdates: string[] = []
  for (const editor of editors) {
    const stored = await json<{ lead?: string }>(
      await fetch(`${origin}/api/sessions/${editor.sessionId}?depth=0`, { headers: editor.headers }),
      'read back',
    )
    const expected = lastSaved.get(editor.email)
    if (stored.lead !== expected)
      lostUpdates.push(`${editor.email}: saved "${expected}", stored "${stored.lead}"`)
  }
  return {
    saves: times.length,
    failed,
    savesPerSecond: times.length / seconds,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    lostUpdates,
  }
}

// A CMS process of its own for the storage fault tests: Payload on the SQLite file the test
// names, answering one JSON command per stdin line with one `@@ {json}` line on stdout, so
// the test can take the disk away from a running CMS (permissions, a file size limit).
import { createInterface } from 'node:readline'

import { getPayload, type Payload } from 'payload'

// Built from this process's environment, which the test sets.
import config from '../../src/payload.config'
import { createFixtures } from './fixtures'

type Command =
  | { op: 'save'; id: number; locale: 'ru' | 'en'; data: Record<string, unknown> }
  | { op: 'read'; id: number; locale: 'ru' | 'en' }
  | { op: 'count' }

// A file size limit sends SIGXFSZ, which would end the process; the failed write is the answer.
process.on('SIGXFSZ', () => undefined)

function plainText(node: unknown): string {
  if (!node || typeof node !== 'object') return ''
  const { text, children, root } = node as { text?: string; children?: unknown[]; root?: unknown }
  return (text ?? '') + (children ?? []).map(plainText).join('') + plainText(root)
}

function reply(message: unknown): void {
  process.stdout.write(`@@ ${JSON.stringify(message)}\n`)
}

async function answer(payload: Payload, command: Command): Promise<unknown> {
  try {
    if (command.op === 'save') {
      await payload.update({
        collection: 'sessions',
        id: command.id,
        locale: command.locale,
        data: command.data,
      })
      return { ok: true }
    }
    if (command.op === 'read') {
      const doc = await payload.findByID({
        collection: 'sessions',
        id: command.id,
        locale: command.locale,
        depth: 0,
      })
      return { ok: true, doc: { title: doc.title, lead: doc.lead, description: plainText(doc.description) } }
    }
    const counts = await Promise.all(
      (['sessions', 'experts', 'forums', 'editions'] as const).map(
        async (collection) => [collection, (await payload.count({ collection })).totalDocs] as const,
      ),
    )
    return { ok: true, counts: Object.fromEntries(counts) }
  } catch (error) {
    const { status, message } = error as { status?: number; message?: string }
    return { ok: false, status, message }
  }
}

const payload = await getPayload({ config })
const fixtures = await createFixtures(payload)
reply({ ready: true, sessionId: fixtures.publishedSession.id })

for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim()) reply(await answer(payload, JSON.parse(line) as Command))
}
await payload.destroy()

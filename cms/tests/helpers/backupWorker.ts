// A CMS in a process of its own for the backup test: Payload on the SQLite file and media
// folder the environment names, holding them open while a backup is taken. With `--seed` it
// first loads the fixtures and a published expert with a photo. It answers one JSON command
// per stdin line with one `@@ {json}` line on stdout.
import { createInterface } from 'node:readline'

import { getPayload, type Payload } from 'payload'
import sharp from 'sharp'

// Built from this process's environment, which the test sets.
import config from '../../src/payload.config'
import { SEED_CONTEXT } from '../../src/seed/upsert'
import { buildSnapshot } from '../../src/snapshot/buildSnapshot'
import { createFixtures } from './fixtures'

type Command = { op: 'snapshot' } | { op: 'startDrafts' } | { op: 'stopDrafts' }

function reply(message: unknown): void {
  process.stdout.write(`@@ ${JSON.stringify(message)}\n`)
}

async function seed(payload: Payload): Promise<number> {
  const fixtures = await createFixtures(payload)
  const image = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#1f5fbf' } })
    .png()
    .toBuffer()
  const photo = await payload.create({
    collection: 'media',
    overrideAccess: true,
    data: { alt: 'Портрет' },
    file: { data: image, name: 'portrait.png', mimetype: 'image/png', size: image.length },
  })
  await payload.update({
    collection: 'experts',
    id: fixtures.publishedExpert.id,
    overrideAccess: true,
    context: SEED_CONTEXT,
    data: { photo: photo.id },
  })
  return fixtures.publishedSession.id
}

/** Saves drafts of a session until told to stop, as an editor at work would; drafts leave the snapshot as it is. */
function startSavingDrafts(payload: Payload, sessionId: number) {
  let stopping = false
  let saved = 0
  const refused: string[] = []
  const saving = (async () => {
    while (!stopping) {
      try {
        await payload.update({
          collection: 'sessions',
          id: sessionId,
          draft: true,
          overrideAccess: true,
          context: SEED_CONTEXT,
          data: { title: `Черновик ${saved}` },
        })
        saved += 1
      } catch (error) {
        refused.push((error as Error).message)
      }
      // The local SQLite client answers without I/O: let the commands on stdin in between saves.
      await new Promise((resolve) => setImmediate(resolve))
    }
  })()
  return async () => {
    stopping = true
    await saving
    return { ok: true, saved, refused }
  }
}

const payload = await getPayload({ config })
const sessionId = process.argv.includes('--seed') ? await seed(payload) : 0
reply({ ready: true })

let stopDrafts: (() => Promise<unknown>) | undefined
for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue
  const command = JSON.parse(line) as Command
  if (command.op === 'snapshot') reply({ ok: true, snapshot: JSON.stringify(await buildSnapshot(payload)) })
  else if (command.op === 'startDrafts') {
    stopDrafts = startSavingDrafts(payload, sessionId)
    reply({ ok: true })
  } else reply(await stopDrafts?.())
}
await payload.destroy()

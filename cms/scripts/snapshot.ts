/**
 * Writes the programme snapshot (published content only) to a file, for local site builds
 * and fixtures:  npm run snapshot -w @programma/cms -- --out ../site/snapshot.json
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { getPayload } from 'payload'

import config from '../src/payload.config'
import { buildSnapshot } from '../src/snapshot/buildSnapshot'

const { values } = parseArgs({ options: { out: { type: 'string' } } })
if (!values.out) throw new Error('Say where to write the snapshot: --out <file>')

const payload = await getPayload({ config })
const started = performance.now()
const snapshot = await buildSnapshot(payload)
const milliseconds = Math.round(performance.now() - started)
const out = path.resolve(process.env.INIT_CWD ?? process.cwd(), values.out)
await mkdir(path.dirname(out), { recursive: true })
await writeFile(out, `${JSON.stringify(snapshot)}\n`)
payload.logger.info(
  `Snapshot written to ${out}: ${snapshot.editions.length} editions, ${snapshot.sessions.length} sessions, ` +
    `${snapshot.experts.length} experts, ${snapshot.partners.length} partners, ${snapshot.media.length} images ` +
    `(built in ${milliseconds} ms)`,
)
process.exit(0)

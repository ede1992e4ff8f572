/**
 * Publishes the hostile programme in a throwaway CMS (temporary SQLite) and writes its snapshot,
 * with the uploads it refers to, for a site build to be tried on:
 *   npx tsx tests/helpers/writeHostileSnapshot.ts <snapshot.json> <media folder>
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { getPayload } from 'payload'

import { buildSnapshot } from '../../src/snapshot/buildSnapshot'
import { createFixtures } from './fixtures'
import { createHostileProgramme } from './hostileProgramme'

const [snapshotFile, mediaDir] = process.argv.slice(2)
if (!snapshotFile || !mediaDir) {
  console.error('usage: tsx tests/helpers/writeHostileSnapshot.ts <snapshot.json> <media folder>')
  process.exit(2)
}

mkdirSync(mediaDir, { recursive: true })
// The configuration reads these as it is imported, so they are set first.
Object.assign(process.env, {
  DATABASE_URI: `file:${path.join(mkdtempSync(path.join(tmpdir(), 'programma-hostile-')), 'cms.db')}`,
  MEDIA_DIR: path.resolve(mediaDir),
  PAYLOAD_SECRET: 'hostile-snapshot-secret-0123456789abcdef',
  PROGRAMMA_JOBS: 'off',
})
const { default: config } = await import('../../src/payload.config')
const payload = await getPayload({ config })
const fixtures = await createFixtures(payload)
await createHostileProgramme(payload, fixtures.editor)
writeFileSync(snapshotFile, JSON.stringify(await buildSnapshot(payload)))
await payload.destroy()
process.exit(0)

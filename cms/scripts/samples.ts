/**
 * Writes cms/samples/{sessions,experts,partners}.csv: the demo programme in the import's
 * columns, from a fresh database of its own.   npm run samples -w @programma/cms
 */
import { mkdtempSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

const folder = mkdtempSync(path.join(tmpdir(), 'programma-samples-'))
process.env.DATABASE_URI = `file:${path.join(folder, 'cms.db')}`
process.env.MEDIA_DIR = path.join(folder, 'media')

const { createLocalReq, getPayload } = await import('payload')
const { default: config } = await import('../src/payload.config')
const { buildDemoProgramme } = await import('../src/seed/demo')
const { seedProgramme } = await import('../src/seed/seedProgramme')
const { exportCsv } = await import('../src/imports/exportCsv')
const { IMPORT_COLLECTIONS } = await import('../src/imports/specs')
const { CMS_ROOT } = await import('../src/config/runtime')

const payload = await getPayload({ config })
await seedProgramme(payload, buildDemoProgramme(), { images: 'none' })
const req = await createLocalReq({}, payload)
for (const collection of IMPORT_COLLECTIONS) {
  const file = path.join(CMS_ROOT, 'samples', `${collection}.csv`)
  await writeFile(file, await exportCsv(req, collection, { asServer: true }))
  console.log(`Written ${path.relative(process.cwd(), file)}`)
}
process.exit(0)

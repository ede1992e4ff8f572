/**
 * The site's part of the bench alone, for a snapshot the CMS wrote:
 *   SNAPSHOT_FILE=… MEDIA_DIR=… npx tsx bench/siteAlone.ts [--floor] [--repeats N] [--json out.json]
 * Prints the site's tables (and writes its figures as JSON with --json); exits non-zero only
 * when it could not measure, never because a figure is slow.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { siteTables } from './report/siteTables'
import { measureSite } from './site/measureSite'

const { values } = parseArgs({
  options: {
    floor: { type: 'boolean', default: false },
    repeats: { type: 'string', default: '1' },
    json: { type: 'string' },
  },
})
const from = (variable: string | undefined) =>
  variable ? path.resolve(process.env.INIT_CWD ?? process.cwd(), variable) : undefined
const snapshotFile = from(process.env.SNAPSHOT_FILE)
const mediaDir = from(process.env.MEDIA_DIR)
if (!snapshotFile || !mediaDir) {
  console.error('Set SNAPSHOT_FILE to the programme snapshot to measure and MEDIA_DIR to its images.')
  process.exit(2)
}

try {
  const figures = await measureSite({
    snapshotFile,
    mediaDir,
    folder: mkdtempSync(path.join(tmpdir(), 'programma-bench-site-')),
    floor: values.floor,
    repeats: Number(values.repeats),
  })
  console.log(
    `## Site: ${figures.sessions} sessions, ${figures.experts} experts, ${figures.partners} partners\n\n${siteTables(figures)}`,
  )
  if (values.json) writeFileSync(from(values.json) ?? values.json, `${JSON.stringify(figures, null, 2)}\n`)
} catch (error) {
  console.error(`The site bench could not measure: ${(error as Error).message}`)
  process.exit(1)
}

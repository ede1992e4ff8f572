/**
 * Imports a CSV from the command line, with the same checks as the admin:
 *   npm run import -w @programma/cms -- <sessions|experts|partners> <file.csv> [--dry-run]
 * Exit codes: 0 imported (or a clean preview), 1 rows rejected or the file refused, 2 wrong usage.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { IMPORT_COLLECTIONS, type ImportCollection } from '../src/imports/types'

const USAGE = `Usage: npm run import -w @programma/cms -- <${IMPORT_COLLECTIONS.join('|')}> <file.csv> [--dry-run]`

function usage(problem?: string): never {
  if (problem) console.error(problem)
  console.error(USAGE)
  process.exit(2)
}

function readArguments() {
  try {
    return parseArgs({
      options: { 'dry-run': { type: 'boolean', default: false } },
      allowPositionals: true,
    })
  } catch (error) {
    return usage((error as Error).message)
  }
}

const { values, positionals } = readArguments()
const [collection, file, ...extra] = positionals
if (!collection || !file || extra.length > 0) usage()
if (!(IMPORT_COLLECTIONS as string[]).includes(collection)) usage(`Unknown collection "${collection}"`)
const bytes = await readFile(path.resolve(process.env.INIT_CWD ?? process.cwd(), file)).catch(
  (error: Error) => usage(`Cannot read ${file}: ${error.message}`),
)

const { createLocalReq, getPayload } = await import('payload')
const { default: config } = await import('../src/payload.config')
const { runImport } = await import('../src/imports/runImport')

const payload = await getPayload({ config })
const req = await createLocalReq({}, payload)
const apply = !values['dry-run']
console.log(apply ? 'Applying the import in one transaction…' : 'Checking the file (nothing is kept)…')
const started = performance.now()
const report = await runImport(req, collection as ImportCollection, new Uint8Array(bytes), {
  apply,
  asServer: true,
})
for (const row of report.rows.filter((candidate) => candidate.action === 'reject')) {
  console.log(`line ${row.line} (${row.key}): ${row.reasons?.join('; ')}`)
}
console.log(
  `${report.collection}: ${report.counts.create} to create, ${report.counts.update} to update, ` +
    `${report.counts.unchanged} unchanged, ${report.counts.reject} rejected (read as ${report.encoding ?? '?'}, ` +
    `separator "${report.delimiter ?? '?'}") in ${Math.round(performance.now() - started)} ms`,
)
if (report.error) console.error(report.error)
else console.log(report.applied ? 'Imported.' : 'Preview only: nothing was written.')
process.exit(report.error || report.counts.reject > 0 ? 1 : 0)

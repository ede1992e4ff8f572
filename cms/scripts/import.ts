/**
 * Imports a CSV from the command line, with the same checks as the admin:
 *   npm run import -w @programma/cms -- <sessions|experts|partners> <file.csv> [--dry-run]
 * Exit codes: 0 imported (or a clean preview), 1 refused, 2 wrong usage.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { createLocalReq, getPayload } from 'payload'

import config from '../src/payload.config'
import { runImport } from '../src/imports/runImport'
import { IMPORT_COLLECTIONS, type ImportCollection } from '../src/imports/specs'

const { values, positionals } = parseArgs({
  options: { 'dry-run': { type: 'boolean', default: false } },
  allowPositionals: true,
})
const [collection, file] = positionals
if (!collection || !file || !(IMPORT_COLLECTIONS as string[]).includes(collection)) {
  console.error(
    `Usage: npm run import -w @programma/cms -- <${IMPORT_COLLECTIONS.join('|')}> <file.csv> [--dry-run]`,
  )
  process.exit(2)
}

const bytes = new Uint8Array(await readFile(path.resolve(process.env.INIT_CWD ?? process.cwd(), file)))
const payload = await getPayload({ config })
const req = await createLocalReq({}, payload)
if (!values['dry-run']) console.log('Applying the import in one transaction…')
const report = await runImport(req, collection as ImportCollection, bytes, { apply: !values['dry-run'] })
for (const row of report.rows.filter((candidate) => candidate.action === 'reject')) {
  console.log(`line ${row.line} (${row.key}): ${row.reasons?.join('; ')}`)
}
console.log(
  `${report.collection}: ${report.counts.create} to create, ${report.counts.update} to update, ` +
    `${report.counts.unchanged} unchanged, ${report.counts.reject} rejected (read as ${report.encoding ?? '?'}, ` +
    `separator "${report.delimiter ?? '?'}")`,
)
if (report.error) console.error(report.error)
else console.log(report.applied ? 'Imported.' : 'Preview only: nothing was written.')
process.exit(report.error ? 1 : 0)

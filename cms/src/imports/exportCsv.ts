import { stringify } from 'csv-stringify/sync'
import type { PayloadRequest } from 'payload'

import { loadExisting, loadReferences } from './load'
import { editionByKey } from './references'
import { importSpec } from './specs'
import { spreadsheetSafe } from './spreadsheetSafe'
import type { ImportCollection } from './types'

export interface ExportOptions {
  /** Sessions of one edition only, by its slug or year. */
  edition?: string
  /** The command line: everything, with no user's access to obey. */
  asServer?: boolean
}

/**
 * The collection as a CSV in the import's own columns, so an export imports back unchanged:
 * latest versions, drafts included, as the signed-in user may read them. UTF-8 with a BOM
 * and `;` between columns: how Excel opens Cyrillic text in Russian offices.
 */
export async function exportCsv(
  req: PayloadRequest,
  collection: ImportCollection,
  options: ExportOptions = {},
): Promise<string> {
  const spec = importSpec(req.payload.config, collection)
  const [refs, existing] = await Promise.all([
    loadReferences(req, collection, spec.locales),
    loadExisting(req, collection, spec.locales, { asServer: options.asServer ?? false }),
  ])
  const edition = options.edition ? editionByKey(refs, 'edition', options.edition).slug : undefined
  const rows = [...existing.values()]
    .map((stored) => spec.toRow(stored, refs))
    .filter((row) => !edition || row.edition === edition)
    .sort(
      (a, b) => (a.start ?? '').localeCompare(b.start ?? '') || (a.slug ?? '').localeCompare(b.slug ?? ''),
    )
  return stringify(rows, {
    header: true,
    columns: spec.columns,
    delimiter: ';',
    bom: true,
    record_delimiter: 'windows',
    cast: { string: spreadsheetSafe },
  })
}

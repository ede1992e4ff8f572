import { stringify } from 'csv-stringify/sync'
import type { PayloadRequest } from 'payload'

import { loadExisting, loadReferences } from './load'
import { type ImportCollection, SPECS } from './specs'

/**
 * The collection as a CSV in the import's own columns, so an export imports back unchanged.
 * UTF-8 with a BOM and `;` between columns: how Excel opens Cyrillic text in Russian offices.
 */
export async function exportCsv(
  req: PayloadRequest,
  collection: ImportCollection,
  options: { edition?: string } = {},
): Promise<string> {
  const spec = SPECS[collection]
  const [refs, existing] = await Promise.all([loadReferences(req, collection), loadExisting(req, collection)])
  const rows = [...existing.values()]
    .map(({ ru, en }) => spec.toRow(ru, en, refs))
    .filter((row) => !options.edition || row.edition === options.edition)
    .sort(
      (a, b) => (a.start ?? '').localeCompare(b.start ?? '') || (a.slug ?? '').localeCompare(b.slug ?? ''),
    )
  return stringify(rows, {
    header: true,
    columns: spec.columns,
    delimiter: ';',
    bom: true,
    record_delimiter: 'windows',
  })
}

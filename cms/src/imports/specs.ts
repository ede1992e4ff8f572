import { expertsSpec } from '../collections/experts/importColumns'
import { type HostLocalization, importLocales, type ImportLocales } from './locales'
import { partnersSpec } from '../collections/partners/importColumns'
import { sessionsSpec } from '../collections/sessions/importColumns'
import type { ImportCollection, ImportSpec } from './types'

export { IMPORT_COLLECTIONS, type ImportCollection, type References, type RowData } from './types'

const SPECS: Record<ImportCollection, (locales: ImportLocales) => ImportSpec> = {
  sessions: sessionsSpec,
  experts: expertsSpec,
  partners: partnersSpec,
}

/** The collection's columns and conversions in the host's locales. */
export function importSpec(config: HostLocalization, collection: ImportCollection): ImportSpec {
  return SPECS[collection](importLocales(config))
}

import type { Vocabularies } from '@programma/shared'
import type { Config } from 'payload'

import { expertsSpec } from '../collections/experts/importColumns'
import { vocabulariesOf } from '../plugin/registry'
import { type HostLocalization, importLocales, type ImportLocales } from './locales'
import { partnersSpec } from '../collections/partners/importColumns'
import { sessionsSpec } from '../collections/sessions/importColumns'
import type { ImportCollection, ImportSpec } from './types'

export { IMPORT_COLLECTIONS, type ImportCollection, type References, type RowData } from './types'

const SPECS: Record<ImportCollection, (locales: ImportLocales, vocabularies: Vocabularies) => ImportSpec> = {
  sessions: sessionsSpec,
  experts: expertsSpec,
  partners: partnersSpec,
}

/** The collection's columns and conversions in the host's locales, with the host's lists. */
export function importSpec(
  config: HostLocalization & Pick<Config, 'custom'>,
  collection: ImportCollection,
): ImportSpec {
  return SPECS[collection](importLocales(config), vocabulariesOf(config))
}

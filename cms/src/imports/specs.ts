import { expertsSpec } from './expertsSpec'
import { partnersSpec } from './partnersSpec'
import { sessionsSpec } from './sessionsSpec'
import type { ImportCollection, ImportSpec } from './types'

export { IMPORT_COLLECTIONS, type ImportCollection, type References, type RowData } from './types'

export const SPECS: Record<ImportCollection, ImportSpec> = {
  sessions: sessionsSpec,
  experts: expertsSpec,
  partners: partnersSpec,
}

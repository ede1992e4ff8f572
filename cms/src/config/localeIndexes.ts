import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'

interface RawIndex {
  name: string
  on: string | string[]
  unique?: boolean
}

interface RawTable {
  name: string
  columns: Record<string, unknown>
  indexes?: Record<string, RawIndex>
}

/**
 * Payload keys each `*_locales` table by a unique index on (_locale, _parent_id). Reading a
 * document's translations looks rows up by _parent_id alone, which that index cannot serve:
 * SQLite scans the whole table once per document. At 3,500 sessions the admin's draft list
 * took 20 s and the snapshot 50 s; an index on _parent_id brings them to 60 ms and 3 s.
 */
export const indexLocalesByParent: SQLiteSchemaHook = (args) => {
  // Payload passes the adapter too, though its hook type does not say so.
  const { adapter, schema } = args as typeof args & { adapter: { rawTables: Record<string, RawTable> } }
  const rawTables = adapter.rawTables
  for (const table of Object.values(rawTables)) {
    if (!table.name.endsWith('_locales') || !('_parentID' in table.columns)) continue
    table.indexes = {
      ...table.indexes,
      _parentIdx: { name: `${table.name}_parent_idx`, on: ['_parentID'] },
    }
  }
  return schema
}

export type ImportCollection = 'sessions' | 'experts' | 'partners'
export type RowAction = 'create' | 'update' | 'unchanged' | 'reject'

export interface ImportReport {
  encoding?: string
  delimiter?: string
  counts: Record<RowAction, number>
  rows: Array<{ line: number; key: string; action: RowAction; reasons?: string[] }>
  applied: boolean
  error?: string
}

/** Sends the file for a preview (`dryRun`) or the import; any answer becomes a report. */
export async function sendFile(
  api: string,
  collection: ImportCollection,
  file: File,
  dryRun: boolean,
  unreadable: string,
): Promise<ImportReport> {
  const body = new FormData()
  body.append('file', file)
  const response = await fetch(`${api}/import/${collection}${dryRun ? '?dryRun=1' : ''}`, {
    method: 'POST',
    body,
    credentials: 'include',
  })
  const report = (await response.json().catch(() => ({
    error: `${unreadable}: HTTP ${response.status}`,
  }))) as Partial<ImportReport>
  return {
    ...report,
    counts: report.counts ?? { create: 0, update: 0, unchanged: 0, reject: 0 },
    rows: report.rows ?? [],
    applied: report.applied ?? false,
  }
}

import { parse } from 'csv-parse/sync'

import { decodeCsv, detectDelimiter, type Encoding, ImportFileError } from './decode'

export const MAX_ROWS = 10_000

export interface CsvRow {
  /** The line in the file where the row starts (the header is line 1). */
  line: number
  values: Record<string, string>
}

export interface ParsedCsv {
  encoding: Encoding
  delimiter: ';' | ','
  columns: string[]
  rows: CsvRow[]
}

interface Record_ {
  record: Record<string, string>
  info: { lines: number; raw?: string }
}

export function parseCsv(bytes: Uint8Array): ParsedCsv {
  const { text, encoding } = decodeCsv(bytes)
  const delimiter = detectDelimiter(text)
  let columns: string[] = []
  let records: Record_[]
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      columns: (header: string[]) => (columns = header.map((name) => name.trim())),
      skip_empty_lines: true,
      trim: true,
      info: true,
      raw: true,
    }) as Record_[]
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string }
    throw new ImportFileError(`Файл не читается как CSV — the file is not valid CSV: ${message}`, lines)
  }
  if (records.length > MAX_ROWS) {
    throw new ImportFileError(
      `В файле ${records.length} строк, за раз можно до ${MAX_ROWS} — the file has ${records.length} rows, at most ${MAX_ROWS} at a time`,
    )
  }
  return {
    encoding,
    delimiter,
    columns,
    rows: records.map(({ record, info }) => ({
      // csv-parse counts the line a record ends on; a record spanning lines starts earlier.
      line: info.lines - ((info.raw?.match(/\n/g)?.length ?? 1) - 1),
      values: record,
    })),
  }
}

import { parse } from 'csv-parse/sync'

import { decodeCsv, detectDelimiter, type Encoding, ImportFileError } from './decode'
import { fromSpreadsheetSafe } from './spreadsheetSafe'

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
  /** The line the record ends on. */
  info: { lines: number }
}

/** Line breaks inside quoted cells: how many lines above its last one a record starts. */
function breaksWithin(record: Record<string, string>): number {
  return Object.values(record).reduce((sum, value) => sum + (value.match(/\n/g)?.length ?? 0), 0)
}

export function parseCsv(bytes: Uint8Array): ParsedCsv {
  const { text, encoding } = decodeCsv(bytes)
  const delimiter = detectDelimiter(text)
  let columns: string[] = []
  let records: Record_[]
  try {
    // One kind of line break, so that lines are counted as an editor counts them.
    records = parse(text.replace(/\r\n?/g, '\n'), {
      bom: true,
      delimiter,
      columns: (header: string[]) => (columns = header.map((name) => name.trim())),
      skip_empty_lines: true,
      // Excel writes a row of bare separators for every blank row it has formatted.
      skip_records_with_empty_values: true,
      trim: true,
      info: true,
      // One past the cap is enough to refuse the file, without reading it all.
      to: MAX_ROWS + 1,
    }) as Record_[]
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string }
    throw new ImportFileError(`Файл не читается как CSV — the file is not valid CSV: ${message}`, lines)
  }
  if (records.length > MAX_ROWS) {
    throw new ImportFileError(
      `В файле больше ${MAX_ROWS} строк: разделите его на части — the file has more than ${MAX_ROWS} rows: split it`,
    )
  }
  return {
    encoding,
    delimiter,
    columns,
    rows: records.map(({ record, info }) => ({
      line: info.lines - breaksWithin(record),
      values: Object.fromEntries(
        Object.entries(record).map(([column, cell]) => [column, fromSpreadsheetSafe(cell)]),
      ),
    })),
  }
}

/**
 * Spreadsheets run a cell that begins with = + - @ (or TAB, CR, which some strip first) as a
 * formula: an exported title like `=HYPERLINK(…)` would act on the editor's machine. Such a
 * cell is written with a leading apostrophe, which spreadsheets show as text; a cell that
 * begins with an apostrophe gets one more, so reading strips exactly one and every value
 * comes back as it was stored.
 */
const STARTS_AS_FORMULA = /^[=+\-@\t\r']/

export function spreadsheetSafe(value: string): string {
  return STARTS_AS_FORMULA.test(value) ? `'${value}` : value
}

/** The stored value of a cell written by spreadsheetSafe. */
export function fromSpreadsheetSafe(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell
}

/**
 * Russian readers type «е» for «ё» as often as not. The index holds text with ё folded
 * into е, and the browser folds every query the same way, so either spelling finds both.
 */
export function foldYo(text: string): string {
  return text.replace(/ё/g, 'е').replace(/Ё/g, 'Е')
}

/** Joins the non-empty parts of a record's text, one per line. */
export function joinText(parts: Array<string | null | undefined>): string {
  return parts
    .map((part) => part?.trim())
    .filter(Boolean)
    .join('\n')
}

import type { LabelledTerm } from '@programma/shared'

/** A vocabulary as Payload select options, each labelled in every language it has a label in. */
export function optionsFrom(
  vocabulary: readonly LabelledTerm[],
): Array<{ label: Record<string, string>; value: string }> {
  return vocabulary.map((term) => ({
    label: Object.fromEntries(
      Object.entries(term.label).filter((entry): entry is [string, string] => Boolean(entry[1])),
    ),
    value: term.value,
  }))
}

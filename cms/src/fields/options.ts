import type { Term } from '@programma/shared'

/** A shared vocabulary as Payload select options, labelled in both admin languages. */
export function optionsFrom(
  vocabulary: readonly Term[],
): Array<{ label: Record<string, string>; value: string }> {
  return vocabulary.map((term) => ({ label: { ...term.label }, value: term.value }))
}

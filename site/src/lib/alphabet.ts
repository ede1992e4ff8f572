/** The letter a person is filed under: the first letter of the surname (the last word of the name). */
export function indexLetter(name: string, locale: string): string {
  const surname = name.trim().split(/\s+/).at(-1) ?? name
  const letter = surname.charAt(0).toLocaleUpperCase(locale)
  // Russian files Ё under Е.
  return letter === 'Ё' ? 'Е' : letter
}

export function bySurname(locale: string) {
  const collator = new Intl.Collator(locale)
  return (a: string, b: string) => {
    const surname = (name: string) => name.trim().split(/\s+/).at(-1) ?? name
    return collator.compare(surname(a), surname(b)) || collator.compare(a, b)
  }
}

/** Items grouped by their index letter, letters in alphabetical order. */
export function groupByLetter<T>(
  items: T[],
  name: (item: T) => string,
  locale: string,
): Array<{ letter: string; items: T[] }> {
  const sorted = [...items].sort((a, b) => bySurname(locale)(name(a), name(b)))
  const groups = new Map<string, T[]>()
  for (const item of sorted) {
    const letter = indexLetter(name(item), locale)
    groups.set(letter, [...(groups.get(letter) ?? []), item])
  }
  const collator = new Intl.Collator(locale)
  return [...groups.entries()]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([letter, grouped]) => ({ letter, items: grouped }))
}

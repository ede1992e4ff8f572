export type Encoding = 'utf-8' | 'windows-1251'

export class ImportFileError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message)
  }
}

const CYRILLIC = /[А-Яа-яЁё]/

/**
 * Reads a spreadsheet export as text. UTF-8 (with or without BOM) first; anything that is
 * not valid UTF-8 is read as Windows-1251, what Excel writes in Russian offices, and only
 * kept if it reads as Cyrillic text.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: Encoding } {
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes),
      encoding: 'utf-8',
    }
  } catch {
    const text = new TextDecoder('windows-1251').decode(bytes)
    if (!CYRILLIC.test(text) || text.includes('\u0098')) {
      throw new ImportFileError(
        'Файл не в UTF-8 и не в Windows-1251: сохраните его как «CSV UTF-8» — the file is neither UTF-8 nor Windows-1251: save it as "CSV UTF-8"',
      )
    }
    return { text, encoding: 'windows-1251' }
  }
}

/** `;` when the header has more semicolons than commas (Excel in Russian locales), else `,`. */
export function detectDelimiter(text: string): ';' | ',' {
  const header = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'))
  const count = (char: string) => header.split(char).length - 1
  return count(';') > count(',') ? ';' : ','
}

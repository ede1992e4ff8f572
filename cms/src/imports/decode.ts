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
const ALLOWED_CONTROLS = new Set(['\t', '\n', '\r'])

/**
 * Control characters never found in a spreadsheet's text, and U+0098, which a Windows-1251
 * reading gives the one byte that encoding leaves undefined: signs of a binary file or of
 * another encoding.
 */
function looksBinary(text: string): boolean {
  for (const char of text) {
    const code = char.charCodeAt(0)
    if ((code < 0x20 && !ALLOWED_CONTROLS.has(char)) || code === 0x7f || code === 0x98) return true
  }
  return false
}

const SAVE_AS_CSV =
  'сохраните таблицу как «CSV UTF-8» или «CSV (разделители — точка с запятой)» — save the sheet as "CSV UTF-8" or "CSV (semicolon delimited)"'

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte)
}

function refuseKnownBinary(bytes: Uint8Array): void {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    throw new ImportFileError(`Это файл Excel (XLSX), а не CSV: ${SAVE_AS_CSV}`)
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    throw new ImportFileError(`Файл в UTF-16 («Текст Юникод»): ${SAVE_AS_CSV}`)
  }
}

function readAs(bytes: Uint8Array): { text: string; encoding: Encoding } | undefined {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    const text = new TextDecoder('windows-1251').decode(bytes)
    return CYRILLIC.test(text) ? { text, encoding: 'windows-1251' } : undefined
  }
}

/**
 * Reads a spreadsheet export as text. UTF-8 (a BOM is dropped) first; a file that is not
 * valid UTF-8 is read as Windows-1251, what Excel writes in Russian offices, and kept only
 * if it then reads as Cyrillic text. Anything else is refused.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: Encoding } {
  refuseKnownBinary(bytes)
  const decoded = readAs(bytes)
  if (!decoded || looksBinary(decoded.text)) {
    throw new ImportFileError(
      `Файл не в UTF-8 и не в Windows-1251 — the file is neither UTF-8 nor Windows-1251: ${SAVE_AS_CSV}`,
    )
  }
  return decoded
}

/** `;` when the header has more semicolons than commas (Excel in Russian locales), else `,`. */
export function detectDelimiter(text: string): ';' | ',' {
  const end = text.indexOf('\n')
  const header = text.slice(0, end === -1 ? undefined : end)
  const count = (char: string) => header.split(char).length - 1
  return count(';') > count(',') ? ';' : ','
}

import type { Config } from 'payload'

/** The codes of the host's content locales, its default first. */
export function hostLocaleCodes(config: Config): { defaultLocale: string; codes: string[] } {
  const localization = config.localization
  if (!localization) return { defaultLocale: 'en', codes: ['en'] }
  const codes = localization.locales.map((locale) => (typeof locale === 'string' ? locale : locale.code))
  const defaultLocale = localization.defaultLocale
  return { defaultLocale, codes: [defaultLocale, ...codes.filter((code) => code !== defaultLocale)] }
}

/** A text the host gave once for every locale, or per locale: by locale, checked against its locales. */
export function textInLocales(
  where: string,
  label: string | Readonly<Record<string, string>>,
  codes: string[],
): Readonly<Record<string, string>> {
  if (typeof label === 'string') return Object.fromEntries(codes.map((code) => [code, label]))
  const foreign = Object.keys(label).find((code) => !codes.includes(code))
  if (foreign) {
    throw new Error(`${where} has a label in "${foreign}", which the host's localization lacks`)
  }
  return label
}

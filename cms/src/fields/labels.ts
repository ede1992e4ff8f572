import type { PayloadRequest } from 'payload'

export type AdminLanguage = 'ru' | 'en'
export type Label = Record<AdminLanguage, string>

/** An admin label or description in both languages of the admin panel. */
export function t(ru: string, en: string): Label {
  return { ru, en }
}

/** The language the editor works in, for messages written in it. */
export function adminLanguage(req: PayloadRequest | undefined): AdminLanguage {
  return req?.i18n?.language === 'en' ? 'en' : 'ru'
}

/** «Стенд → Место» in Russian, “Stand → Position” in English: how messages name a field. */
export function fieldName(path: Label[], language: AdminLanguage): string {
  const joined = path.map((label) => label[language]).join(' → ')
  return language === 'ru' ? `«${joined}»` : `“${joined}”`
}
